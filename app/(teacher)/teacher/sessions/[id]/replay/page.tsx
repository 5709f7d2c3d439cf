import type { Metadata } from "next";
import Link from "next/link";
import { Replay } from "@/components/report/replay";
import { ScenarioProvider } from "@/components/scenario/scenario-context";
import { NavLink, Page } from "@/components/ui/page";
import { requireOwnedSession } from "@/lib/auth/teacher";
import { getDb } from "@/lib/db";
import { viewerTimeZone } from "@/lib/format/viewer-zone";
import { listEvents } from "@/lib/repositories/events";
import { scenarioFor } from "@/lib/repositories/scenarios";
import { publicView, summaryOf } from "@/lib/scenario/public";

export const metadata: Metadata = { title: "Replay" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ table?: string | string[] }> };

export default async function ReplayPage({ params, searchParams }: Props) {
  const session = await requireOwnedSession((await params).id);
  const scenario = await scenarioFor(getDb(), session.scenarioId);
  const wanted = (await searchParams).table;
  const table = session.tables.find((t) => t.id === wanted) ?? session.tables[0];
  const events = (await listEvents(getDb(), session.id, 0, "teacher")).filter(
    (e) => !table || e.tableId === table.id || e.tableId === null,
  );
  const timeZone = await viewerTimeZone();
  return (
    <Page wide nav={<NavLink href={`/teacher/sessions/${session.id}/transcript`}>Back to the report</NavLink>}>
      <h1 className="text-2xl font-bold">
        Replay: {session.title}, table {table?.number ?? 1}
      </h1>
      <nav aria-label="Tables" className="my-3 flex flex-wrap gap-2">
        {session.tables.map((t) => (
          <Link
            key={t.id}
            href={`?table=${t.id}`}
            aria-current={t.id === table?.id ? "page" : undefined}
            className="rounded-full border border-slate-300 px-3 py-1 text-sm aria-[current=page]:bg-blue-700 aria-[current=page]:text-white"
          >
            Table {t.number}
          </Link>
        ))}
      </nav>
      <ScenarioProvider scenario={summaryOf(scenario)} scoring={publicView(scenario)}>
        <Replay key={table?.id} tableId={table?.id ?? ""} events={events} timeZone={timeZone} />
      </ScenarioProvider>
    </Page>
  );
}
