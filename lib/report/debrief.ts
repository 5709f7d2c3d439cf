// The debrief's comparison, shared by the board, the projector's slides and the PDF: each table
// that reached the debrief, the scenario's reference deals (its examples marked for the debrief)
// and walking away, with scores and payoffs.
import type { Delegation, TableOutcome } from "@/lib/domain/events";
import type { ScenarioDeal } from "@/lib/scenario/deal";
import { exampleDealOf } from "@/lib/scenario/deal";
import type { Scenario } from "@/lib/scenario/schema";
import { payoffSummary, type PayoffTable } from "@/lib/scoring/payoff";
import { scoreDealFor, scoreNoDealFor, type ScenarioWeights, type ScoreResult } from "@/lib/scoring/engine";
import { roleIds, roleNames } from "@/lib/domain/names";

export type DebriefColumn = {
  key: string;
  /** A table's outcome, a reference deal from the scenario, or walking away. */
  kind: "table" | "reference" | "baseline";
  title: string;
  outcome: string;
  score: ScoreResult;
  deal: ScenarioDeal | null;
  note: string;
};

export function debriefColumns(
  scenario: Scenario,
  outcomes: TableOutcome[],
  payoffs: Partial<Record<Delegation, PayoffTable>>,
  weights?: ScenarioWeights,
) {
  const noDeal = scoreNoDealFor(scenario, weights);
  const names = roleNames(scenario.roles);
  const walkAwayNote = scenario.walkAwayQuote
    ? `The editorial holds that “${scenario.walkAwayQuote}”: no deal keeps the baseline, neither gained nor given away.`
    : "No deal keeps the baseline: nothing gained, nothing given away.";
  const columns: DebriefColumn[] = [
    ...outcomes.map((o) => ({
      key: o.tableId,
      kind: "table" as const,
      title: `Table ${o.number}`,
      outcome: o.signed
        ? `Signed version ${o.signed.version}`
        : o.walkedAwayBy
          ? `${names[o.walkedAwayBy] ?? o.walkedAwayBy} walked away`
          : "No deal",
      score: o.signed ? o.signed.score : noDeal,
      deal: o.signed?.terms ?? null,
      note: o.signed ? o.signed.score.summary : walkAwayNote,
    })),
    ...Object.entries(scenario.examples).flatMap(([id, example]) => {
      if (!example.debrief) return [];
      const deal = exampleDealOf(scenario, id);
      const { title, outcome, note } = example.debrief;
      return [
        {
          key: `example:${id}`,
          kind: "reference" as const,
          title,
          outcome,
          score: scoreDealFor(scenario, deal, weights),
          deal,
          note,
        },
      ];
    }),
    {
      key: "baseline",
      kind: "baseline",
      title: "Walking away",
      outcome: "No deal",
      score: noDeal,
      deal: null,
      note: walkAwayNote,
    },
  ];
  const delegations = roleIds(scenario.roles);
  const known = delegations.filter((d) => payoffs[d]);
  const summaries = columns.map((c) =>
    c.deal && known.length === delegations.length
      ? payoffSummary(payoffs as Record<string, PayoffTable>, c.deal)
      : null,
  );
  return { columns, summaries, known };
}
