import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Conversation } from "@/components/report/conversation";
import { ScenarioProvider } from "@/components/scenario/scenario-context";
import { summaryOf } from "@/lib/scenario/public";
import { NavLink, Page } from "@/components/ui/page";
import { TimeZoneCookie } from "@/components/ui/time-zone-cookie";
import { seatOrRefusal } from "@/lib/auth/participant-cookie";
import { getDb } from "@/lib/db";
import { viewerTimeZone } from "@/lib/format/viewer-zone";
import { zoneLabel } from "@/lib/format/time";
import { listEvents } from "@/lib/repositories/events";
import { SEAT_REFUSALS } from "@/lib/repositories/participants";
import { channelsFor } from "@/lib/domain/channels";
import { roleIds, roleNames } from "@/lib/domain/names";
import { scenarioFor } from "@/lib/repositories/scenarios";

export const metadata: Metadata = { title: "Your table's transcript" };

/** Read-only, after class: everything the student's table said that their delegation may see. */
export default async function StudentTranscriptPage() {
  const found = await seatOrRefusal();
  if ("refused" in found) {
    if (found.refused === "none") redirect("/join");
    return (
      <Page>
        <h1 className="text-2xl font-bold">The transcript is closed</h1>
        <p role="status" className="mt-3">
          {SEAT_REFUSALS[found.refused]}
        </p>
      </Page>
    );
  }
  const seat = found.seat;
  const scenario = await scenarioFor(getDb(), seat.scenarioId);
  const { roles } = scenario;
  const [events, zone] = await Promise.all([
    listEvents(getDb(), seat.sessionId, 0, {
      tableId: seat.tableId,
      channels: channelsFor(seat.delegation, roleIds(roles)),
    }),
    viewerTimeZone(),
  ]);
  return (
    <Page nav={<NavLink href="/play">Back to your table</NavLink>}>
      <TimeZoneCookie />
      <h1 className="text-2xl font-bold">Table {seat.tableNumber}: the transcript</h1>
      <p className="mt-1 mb-4 text-slate-700">
        Everything said at your table that your delegation could see, in order. Times in {zoneLabel(zone)}.
      </p>
      <ScenarioProvider scenario={summaryOf(scenario)}>
        <Conversation
          events={events.filter((e) => e.kind !== "seat" && e.kind !== "moderation")}
          viewer={seat.delegation}
          timeZone={zone}
          names={roleNames(roles)}
        />
      </ScenarioProvider>
    </Page>
  );
}
