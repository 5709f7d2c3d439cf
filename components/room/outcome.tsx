"use client";

import type { Delegation } from "@/lib/domain/events";
import type { ProposalView, TableOutcomeView } from "@/lib/domain/room";
import { scoreNoDealFor } from "@/lib/scoring/engine";
import { useRoles, useScenario } from "@/components/scenario/scenario-context";
import { ScoreCard } from "@/components/deal/score-card";
import { outcomeText } from "./outcome-text";

export function OutcomeBanner({
  outcome,
  viewer,
  waiting = true,
}: {
  outcome: TableOutcomeView;
  viewer: Delegation | null;
  waiting?: boolean;
}) {
  const signed = outcome.kind === "signed";
  const { names } = useRoles();
  return (
    <p
      role="status"
      className={`rounded-md p-3 font-medium ${signed ? "bg-green-50 text-green-900" : "bg-red-50 text-red-900"}`}
      data-testid="outcome"
    >
      {outcomeText(outcome, viewer, names)}
      {waiting && outcome.kind !== "no_deal" ? " The negotiation is over for your table: wait for the debrief." : ""}
    </p>
  );
}

/** After the round: the signed deal's score, or the walk-away baseline when nothing was signed. */
export function Outcome({ signed }: { signed: ProposalView | undefined }) {
  const scenario = useScenario();
  return (
    <section aria-labelledby="outcome-heading" className="rounded-lg border border-slate-200 bg-white p-3">
      <h2 id="outcome-heading" className="text-lg font-semibold">
        {signed ? `Outcome: deal signed (version ${signed.version})` : "Outcome: no deal"}
      </h2>
      <div className="mt-3">
        <ScoreCard score={signed ? signed.score : scoreNoDealFor(scenario)} />
      </div>
    </section>
  );
}
