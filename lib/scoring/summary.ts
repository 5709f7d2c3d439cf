// The one-sentence verdict under a score: which criteria carried or sank the deal against walking away.
import { joinList } from "@/lib/scenario/template";

export type Verdict = "sign" | "walk_away";

export type CriterionResult<Id extends string = string> = {
  id: Id;
  title: string;
  /** Normalised: the weights of one result sum to 1. */
  weight: number;
  score: number;
  explanation: string;
  quote: string;
};

export type ScoreResult<Id extends string = string> = {
  total: number;
  baseline: number;
  verdict: Verdict;
  criteria: CriterionResult<Id>[];
  redLine: string | null;
  summary: string;
};

const decapitalise = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Criteria that moved the total most against (or in favour of) walking away, largest first. */
function drivers(
  criteria: readonly CriterionResult[],
  noDeal: ReadonlyMap<string, number>,
  direction: 1 | -1,
  count: number,
): string {
  const names = criteria
    .map((c) => ({ title: c.title, impact: direction * c.weight * (c.score - (noDeal.get(c.id) ?? 0)) }))
    .filter((c) => c.impact > 0)
    .sort((a, b) => b.impact - a.impact)
    .slice(0, count)
    .map((c) => decapitalise(c.title));
  return joinList(names, "and");
}

export function summarise(result: Omit<ScoreResult, "summary">, noDeal: ReadonlyMap<string, number>): string {
  const versus = `${result.total.toFixed(1)} against the no-deal baseline of ${result.baseline.toFixed(1)}`;
  if (result.verdict === "sign")
    return `Sign: it scores ${versus}, carried by ${drivers(result.criteria, noDeal, 1, 3)}.`;
  const sunk = drivers(result.criteria, noDeal, -1, 2);
  const below = result.total <= result.baseline;
  if (result.redLine) {
    const detail = below && sunk ? `, and it scores ${versus}, sunk by ${sunk}` : `, whatever its score of ${versus}`;
    return `Walk away: ${decapitalise(result.redLine)} crosses the red line${detail}.`;
  }
  return sunk
    ? `Walk away: it scores ${versus}, sunk by ${sunk}.`
    : `Walk away: it scores ${versus}, so signing gains nothing over walking away.`;
}

export function noDealSummary(baseline: number): string {
  return `Walking away scores the baseline of ${baseline.toFixed(1)}: nothing is conceded, but nothing is gained either.`;
}
