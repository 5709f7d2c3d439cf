import type { Metadata } from "next";
import Link from "next/link";
import { DELEGATION_NAMES } from "@/components/room/delegation-badge";
import { describeEvent, KIND_LABELS } from "@/components/transcript/describe";
import { Page } from "@/components/ui/page";
import { AfterClass } from "./_components/after-class";
import { requireOwnedSession } from "@/lib/auth/teacher";
import { getDb } from "@/lib/db";
import { listEvents } from "@/lib/repositories/events";

export const metadata: Metadata = { title: "Transcript" };

export default async function TranscriptPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireOwnedSession((await params).id);
  const db = getDb();
  const events = await listEvents(db, session.id, 0, "teacher");
  return (
    <Page wide nav={<Link href={`/teacher/sessions/${session.id}`} className="text-sm font-medium text-blue-700 underline">Back to the session</Link>}>
      <h1 className="text-2xl font-bold">Transcript: {session.title}</h1>
      <p className="mt-1 text-slate-700">{events.length} events, in the order they happened.</p>
      <AfterClass sessionId={session.id} />
      <div className="mt-4 overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Every event of the session</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">#</th>
              <th scope="col" className="px-3 py-2">Time</th>
              <th scope="col" className="px-3 py-2">Author</th>
              <th scope="col" className="px-3 py-2">Delegation</th>
              <th scope="col" className="px-3 py-2">Kind</th>
              <th scope="col" className="px-3 py-2">What happened</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.seq} className="border-t border-slate-100 align-top" data-kind={event.kind}>
                <td className="px-3 py-2 tabular-nums text-slate-500">{event.seq}</td>
                <td className="px-3 py-2 whitespace-nowrap">
                  <time dateTime={event.at}>{new Date(event.at).toLocaleTimeString("en-GB", { timeZone: "UTC" })} UTC</time>
                </td>
                <td className="px-3 py-2">{event.author ? ("name" in event.author ? event.author.name : "Teacher") : "Summit"}</td>
                <td className="px-3 py-2">{event.delegation ? DELEGATION_NAMES[event.delegation] : "—"}</td>
                <td className="px-3 py-2">{KIND_LABELS[event.kind]}</td>
                <td className="px-3 py-2 break-words whitespace-pre-wrap">{describeEvent(event)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Page>
  );
}
