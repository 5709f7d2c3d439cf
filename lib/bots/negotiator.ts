// A rule-based negotiator for a delegation no student plays. Pure: it reads its own payoff
// table and the deal on the table, and says what it does and why, in a sentence.
import type { Delegation } from "@/lib/domain/events";
import { weakestDealOf } from "@/lib/scenario/deal";
import type { Scenario } from "@/lib/scenario/schema";
import { payoffWith, type PayoffTable } from "@/lib/scoring/payoff";

/** What the negotiator needs of a scenario: its terms and their options, weakest first. */
export type Vocabulary = Pick<Scenario, "terms">;
type Terms = Record<string, unknown>;

export type Decision =
  | { kind: "accept"; message: string }
  | { kind: "reject"; message: string }
  | { kind: "counter"; message: string; terms: Terms }
  | { kind: "say"; message: string };

const termOf = (scenario: Vocabulary, key: string) => scenario.terms.find((t) => t.key === key);
const optionLabel = (scenario: Vocabulary, key: string, value: unknown) =>
  termOf(scenario, key)?.options.find((o) => o.value === value)?.label ?? String(value);
const termLabel = (scenario: Vocabulary, key: string) => termOf(scenario, key)?.label ?? key;

/** The least it signs: a quarter of the way from the status quo to its best imaginable deal. */
export function threshold(payoffs: PayoffTable, scenario: Vocabulary): number {
  const floor = payoffWith(payoffs, weakestDealOf(scenario));
  // A term's best option; a term with no points listed adds nothing.
  const bestOf = (points: Partial<Record<string, number>>) => {
    const values = Object.values(points).map((p) => p ?? 0);
    return values.length > 0 ? Math.max(...values) : 0;
  };
  const best = Object.values(payoffs).reduce((sum, points) => sum + bestOf(points), 0);
  return floor + (best - floor) / 4;
}

/** The deal moved, on the two terms that matter most to this delegation, to its favourite options. */
export function counterOf(
  payoffs: PayoffTable,
  deal: Terms,
  scenario: Vocabulary,
): { terms: Terms; changed: string[] } {
  const gains = scenario.terms
    .map((term) => {
      const points = payoffs[term.key] ?? {};
      const best = term.options.reduce((a, b) =>
        (points[String(b.value)] ?? 0) > (points[String(a.value)] ?? 0) ? b : a,
      );
      return {
        key: term.key,
        value: best.value,
        gain: (points[String(best.value)] ?? 0) - (points[String(deal[term.key])] ?? 0),
      };
    })
    .filter((g) => g.gain > 0)
    .sort((a, b) => b.gain - a.gain || a.key.localeCompare(b.key))
    .slice(0, 2);
  const terms = { ...deal };
  for (const g of gains) terms[g.key] = g.value;
  return { terms, changed: gains.map((g) => g.key) };
}

type Situation = {
  payoffs: PayoffTable;
  proposal: { version: number; terms: Terms; delegation: Delegation };
  canAnswer: boolean;
  canCounter: boolean;
  countersSoFar: number;
};

export const MAX_COUNTERS = 3;

/** What the computer does about the deal on the table, in the given scenario. */
export function decide(
  { payoffs, proposal, canAnswer, canCounter, countersSoFar }: Situation,
  scenario: Vocabulary,
): Decision {
  const value = payoffWith(payoffs, proposal.terms);
  const enough = value >= threshold(payoffs, scenario);
  const counter = counterOf(payoffs, proposal.terms, scenario);
  const wants = counter.changed
    .map((key) => `${termLabel(scenario, key)}: ${optionLabel(scenario, key, counter.terms[key])}`)
    .join("; ");
  if (enough && canAnswer)
    return { kind: "accept", message: `Version ${proposal.version} gives us enough (${value} points): we accept.` };
  if (enough)
    return {
      kind: "say",
      message: `Version ${proposal.version} is acceptable to us (${value} points); we will sign it when signing opens.`,
    };
  if (canCounter && countersSoFar < MAX_COUNTERS && counter.changed.length > 0) {
    return {
      kind: "counter",
      terms: counter.terms,
      message: `Version ${proposal.version} gives us too little (${value} points). We counter with ${wants}.`,
    };
  }
  if (canAnswer)
    return {
      kind: "reject",
      message: `Version ${proposal.version} gives us too little (${value} points)${wants ? `; we need ${wants}` : ""}.`,
    };
  return {
    kind: "say",
    message: `Version ${proposal.version} gives us too little (${value} points)${wants ? `; we need ${wants}` : ""}.`,
  };
}
