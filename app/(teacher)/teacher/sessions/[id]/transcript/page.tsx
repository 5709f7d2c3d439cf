import type { Metadata } from "next";
import Link from "next/link";
import { DebriefBoard } from "@/components/debrief/debrief-board";
import { ParticipationTable } from "@/components/report/participation-table";
import { ScoreTimeline } from "@/components/report/score-timeline";
import { TranscriptFilters } from "@/components/report/transcript-filters";
import { EventsTable } from "@/components/report/events-table";
import { NavLink, Page } from "@/components/ui/page";
import { requireOwnedSession } from "@/lib/auth/teacher";
import { getDb } from "@/lib/db";
import { filterEvents, filterSchema } from "@/lib/report/filter";
import { studentParticipation } from "@/lib/report/participation";
import { listEvents } from "@/lib/repositories/events";
import { debriefOf } from "@/lib/repositories/outcomes";
import { listParticipants } from "@/lib/repositories/participants";
import { allPayoffsOf } from "@/lib/domain/briefs";
import { roleNames } from "@/lib/domain/names";
import { scenarioFor } from "@/lib/repositories/scenarios";
import { publicView } from "@/lib/scenario/public";
import { scoreNoDealFor } from "@/lib/scoring/engine";
import { count } from "@/lib/format/count";
import { zoneLabel } from "@/lib/format/time";
import { viewerTimeZone } from "@/lib/format/viewer-zone";
import { AfterClass } from "./_components/after-class";

export const metadata: Metadata = { title: "Report" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReportPage({ params, searchParams }: Props) {
  const session = await requireOwnedSession((await params).id);
  const db = getDb();
  const scenario = await scenarioFor(db, session.scenarioId);
  const names = roleNames(scenario.roles);
  const filter = filterSchema.parse(await searchParams);
  const [events, students, outcomes] = await Promise.all([
    listEvents(db, session.id, 0, "teacher"),
    listParticipants(db, session.id),
    debriefOf(db, session.id, true),
  ]);
  const tables = session.tables.map((t) => ({ id: t.id, number: t.number }));
  const weights = (session.weights ?? undefined) as Record<string, number> | undefined;
  const timeZone = await viewerTimeZone();
  const people = students.filter((s) => !s.isComputer);
  const rows = studentParticipation(students, events);
  const shown = filterEvents(events, filter, names);
  const query = (page: number) =>
    `?${new URLSearchParams({
      ...Object.fromEntries(
        Object.entries(filter)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, String(v)]),
      ),
      page: String(page),
    })}`;

  return (
    <Page wide nav={<NavLink href={`/teacher/sessions/${session.id}`}>Back to the session</NavLink>}>
      <h1 className="text-2xl font-bold">Report: {session.title}</h1>
      <p className="mt-1 text-slate-700">
        {count(events.length, "event")} · {count(people.length, "student")} · {count(session.tables.length, "table")} ·
        times in {zoneLabel(timeZone)}
      </p>
      <AfterClass
        sessionId={session.id}
        archived={session.status === "archived"}
        retentionDays={session.retentionDays}
      />
      <div className="mt-6 space-y-8">
        {outcomes.length > 0 ? (
          <DebriefBoard
            scenario={publicView(scenario)}
            outcomes={outcomes}
            payoffs={allPayoffsOf(scenario)}
            weights={weights}
          />
        ) : null}
        <section aria-labelledby="timeline-heading" className="space-y-3">
          <h2 id="timeline-heading" className="text-xl font-semibold">
            How the deals changed
          </h2>
          <p>
            <Link href={`/teacher/sessions/${session.id}/replay`} className="font-medium text-blue-700 underline">
              Replay a table step by step
            </Link>
          </p>
          <div className="grid gap-3 md:grid-cols-2">
            {tables.map((t) => (
              <ScoreTimeline
                key={t.id}
                number={t.number}
                events={events.filter((e) => e.tableId === t.id)}
                baseline={scoreNoDealFor(scenario, weights).total}
                timeZone={timeZone}
              />
            ))}
          </div>
        </section>
        <ParticipationTable rows={rows} tables={tables} roles={scenario.roles} />
        <section aria-labelledby="transcript-heading" className="space-y-3">
          <h2 id="transcript-heading" className="text-xl font-semibold">
            Transcript
          </h2>
          <TranscriptFilters
            filter={filter}
            tables={tables}
            channels={[...new Set(events.map((e) => e.channel).filter((c): c is string => c !== null))].sort()}
            students={people.map((s) => ({ id: s.id, name: s.displayName }))}
            roles={scenario.roles}
          />
          <p className="text-sm text-slate-700" role="status">
            {count(shown.total, "matching event")}
            {shown.pages > 1 ? `, page ${shown.page} of ${shown.pages}` : ""}.
          </p>
          <EventsTable events={shown.events} tables={tables} timeZone={timeZone} names={names} />
          {shown.pages > 1 ? (
            <nav aria-label="Transcript pages" className="flex gap-3">
              {shown.page > 1 ? (
                <Link href={query(shown.page - 1)} className="text-blue-700 underline">
                  Previous page
                </Link>
              ) : null}
              {shown.page < shown.pages ? (
                <Link href={query(shown.page + 1)} className="text-blue-700 underline">
                  Next page
                </Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      </div>
    </Page>
  );
}
