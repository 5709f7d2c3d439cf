import type { Metadata } from "next";
import { DebriefBoard } from "@/components/debrief/debrief-board";
import { NavLink, Page } from "@/components/ui/page";
import { requireOwnedSession } from "@/lib/auth/teacher";
import { getDb } from "@/lib/db";
import { debriefOf } from "@/lib/repositories/outcomes";
import { allPayoffsOf } from "@/lib/domain/briefs";
import { scenarioFor } from "@/lib/repositories/scenarios";
import { publicView } from "@/lib/scenario/public";

export const metadata: Metadata = { title: "Debrief" };
export const dynamic = "force-dynamic";

export default async function DebriefPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireOwnedSession((await params).id);
  const scenario = await scenarioFor(getDb(), session.scenarioId);
  const outcomes = await debriefOf(getDb(), session.id, true);
  return (
    <Page wide nav={<NavLink href={`/teacher/sessions/${session.id}`}>Back to the session</NavLink>}>
      <h1 className="mb-4 text-2xl font-bold">{session.title}</h1>
      {outcomes.length === 0 ? (
        <p className="mb-4 text-slate-700">
          No table has reached the debrief yet; the references below show the 2019 bargain and walking away.
        </p>
      ) : null}
      <DebriefBoard
        scenario={publicView(scenario)}
        outcomes={outcomes}
        payoffs={allPayoffsOf(scenario)}
        weights={(session.weights ?? undefined) as Record<string, number> | undefined}
      />
    </Page>
  );
}
