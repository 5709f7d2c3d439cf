"use client";

import { scoreNoDealFor } from "@/lib/scoring/engine";
import { useScenario } from "@/components/scenario/scenario-context";
import type { ProposalView } from "@/lib/session/room";
import { ScoreCard } from "@/components/deal/score-card";

/** After the round: the signed deal, or the walk-away baseline when nothing was signed. */
export function Outcome({ signed }: { signed: ProposalView | undefined }) {
  const scenario = useScenario();
  return (
    <section aria-labelledby="outcome-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="outcome-heading" className="text-xl font-semibold">
        {signed ? `Outcome: deal signed (version ${signed.version})` : "Outcome: no deal — the table walked away"}
      </h2>
      <div className="mt-3">
        <ScoreCard score={signed ? signed.score : scoreNoDealFor(scenario)} />
      </div>
    </section>
  );
}
