// The scoring engine for any loaded scenario: each criterion's rule, weighted into a total that is
// compared with walking away; a deal is signed only if it beats that baseline and crosses no red line.
import type { ScenarioDeal } from "@/lib/scenario/deal";
import type { Scenario } from "@/lib/scenario/schema";
import { judgeDeal } from "./judge";
import { noDealSummary, summarise, type ScoreResult, type Verdict } from "./summary";

export type { CriterionResult, ScoreResult, Verdict } from "./summary";
export type ScenarioWeights = Readonly<Partial<Record<string, number>>>;

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The criteria as weighing and walking away need them: no rules. */
type Criteria = {
  criteria: readonly Pick<Scenario["criteria"][number], "id" | "title" | "defaultWeight" | "quote" | "noDeal">[];
};

/** Missing weights take the scenario's defaults; the result sums to 1. */
export function normaliseWeightsFor(scenario: Criteria, weights: ScenarioWeights | undefined): Map<string, number> {
  const ids = scenario.criteria.map((c) => c.id);
  for (const key of Object.keys(weights ?? {})) {
    if (!ids.includes(key)) throw new Error(`unknown criterion "${key}" in weights`);
  }
  const merged = new Map(scenario.criteria.map((c) => [c.id, weights?.[c.id] ?? c.defaultWeight]));
  let sum = 0;
  for (const [id, weight] of merged) {
    if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0) {
      throw new Error(`weight of "${id}" must be a non-negative number, got ${String(weight)}`);
    }
    sum += weight;
  }
  if (sum <= 0) throw new Error("weights must not all be zero");
  return new Map([...merged].map(([id, weight]) => [id, weight / sum]));
}

const weightedTotal = (weights: ReadonlyMap<string, number>, score: (id: string) => number) =>
  round1([...weights].reduce((sum, [id, weight]) => sum + weight * score(id), 0));

const noDealScores = (scenario: Criteria) => new Map(scenario.criteria.map((c) => [c.id, c.noDeal.score]));

function redLineOf(scenario: Scenario, deal: ScenarioDeal): string | null {
  const crossed = scenario.redLines.find((line) =>
    Object.entries(line.when).every(([term, values]) => values.some((value) => String(value) === String(deal[term]))),
  );
  return crossed?.message ?? null;
}

export function scoreDealFor(scenario: Scenario, deal: ScenarioDeal, weights?: ScenarioWeights): ScoreResult {
  const normalised = normaliseWeightsFor(scenario, weights);
  const judgements = judgeDeal(scenario, deal);
  const criteria = scenario.criteria.map((criterion, i) => ({
    id: criterion.id,
    title: criterion.title,
    weight: normalised.get(criterion.id) ?? 0,
    quote: criterion.quote,
    score: judgements[i]?.score ?? 0,
    explanation: judgements[i]?.explanation ?? "",
  }));
  const noDeal = noDealScores(scenario);
  const byId = new Map(criteria.map((c) => [c.id, c.score]));
  const total = weightedTotal(normalised, (id) => byId.get(id) ?? 0);
  const baseline = weightedTotal(normalised, (id) => noDeal.get(id) ?? 0);
  const redLine = redLineOf(scenario, deal);
  const verdict: Verdict = total > baseline && redLine === null ? "sign" : "walk_away";
  const result = { total, baseline, verdict, criteria, redLine };
  return { ...result, summary: summarise(result, noDeal) };
}

/** Walking away needs no rules: each criterion's no-deal score, weighted. */
export function scoreNoDealFor(scenario: Criteria, weights?: ScenarioWeights): ScoreResult {
  const normalised = normaliseWeightsFor(scenario, weights);
  const noDeal = noDealScores(scenario);
  const baseline = weightedTotal(normalised, (id) => noDeal.get(id) ?? 0);
  const criteria = scenario.criteria.map((criterion) => ({
    id: criterion.id,
    title: criterion.title,
    weight: normalised.get(criterion.id) ?? 0,
    score: criterion.noDeal.score,
    explanation: criterion.noDeal.explanation,
    quote: criterion.quote,
  }));
  return { total: baseline, baseline, verdict: "walk_away", criteria, redLine: null, summary: noDealSummary(baseline) };
}
