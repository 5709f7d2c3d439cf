// A rule-based negotiator for a delegation no student plays. Pure: it reads its own payoff
// table and the deal on the table, and says what it does and why, in a sentence.
import type { Delegation } from "@/lib/domain/events";
import { TERMS, WEAKEST_DEAL, type Deal, type TermKey } from "@/lib/scenario/hanoi/terms";
import { payoffWith, type PayoffTable } from "@/lib/scoring/payoff";

export type Decision =
  | { kind: "accept"; message: string }
  | { kind: "reject"; message: string }
  | { kind: "counter"; message: string; terms: Deal }
  | { kind: "say"; message: string };

const optionLabel = (key: TermKey, value: unknown) =>
  TERMS.find((t) => t.key === key)?.options.find((o) => o.value === value)?.label ?? String(value);
const termLabel = (key: TermKey) => TERMS.find((t) => t.key === key)?.label ?? key;

/** The least it signs: a quarter of the way from the status quo to its best imaginable deal. */
export function threshold(payoffs: PayoffTable): number {
  const floor = payoffWith(payoffs, WEAKEST_DEAL);
  const best = Object.values(payoffs).reduce(
    (sum, points) => sum + Math.max(...Object.values(points).map((p) => p ?? 0)),
    0,
  );
  return floor + (best - floor) / 4;
}

/** The deal moved, on the two terms that matter most to this delegation, to its favourite options. */
export function counterOf(payoffs: PayoffTable, deal: Deal): { terms: Deal; changed: TermKey[] } {
  const gains = TERMS.map((term) => {
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
  const terms = { ...deal } as Record<TermKey, unknown>;
  for (const g of gains) terms[g.key] = g.value;
  return { terms: terms as Deal, changed: gains.map((g) => g.key) };
}

type Situation = {
  payoffs: PayoffTable;
  proposal: { version: number; terms: Deal; delegation: Delegation };
  canAnswer: boolean;
  canCounter: boolean;
  countersSoFar: number;
};

export const MAX_COUNTERS = 3;

export function decide({ payoffs, proposal, canAnswer, canCounter, countersSoFar }: Situation): Decision {
  const value = payoffWith(payoffs, proposal.terms);
  const enough = value >= threshold(payoffs);
  const counter = counterOf(payoffs, proposal.terms);
  const wants = counter.changed.map((key) => `${termLabel(key)}: ${optionLabel(key, counter.terms[key])}`).join("; ");
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
