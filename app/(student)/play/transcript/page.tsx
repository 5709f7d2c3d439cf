import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { EventsTable } from "@/components/report/events-table";
import { Page } from "@/components/ui/page";
import { currentSeat } from "@/lib/auth/participant-cookie";
import { getDb } from "@/lib/db";
import { listEvents } from "@/lib/repositories/events";
import { channelsFor } from "@/lib/session/channels";

export const metadata: Metadata = { title: "Your table's transcript" };

/** Read-only, after class: everything the student's table said that their delegation may see. */
export default async function StudentTranscriptPage() {
  const seat = await currentSeat();
  if (!seat) redirect("/join");
  const db = getDb();
  const events = await listEvents(db, seat.sessionId, 0, { tableId: seat.tableId, channels: channelsFor(seat.delegation) });
  return (
    <Page wide nav={<Link href="/play" className="text-sm font-medium text-blue-700 underline">Back to your table</Link>}>
      <h1 className="text-2xl font-bold">Table {seat.tableNumber}: the transcript</h1>
      <p className="mt-1 mb-4 text-slate-700">Everything said at your table that your delegation could see, in order.</p>
      <EventsTable events={events} tables={[{ id: seat.tableId, number: seat.tableNumber }]} />
    </Page>
  );
}
