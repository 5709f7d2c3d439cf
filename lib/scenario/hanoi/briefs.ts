// What students read: the scenario in our own words with short attributed quotes, and each
// delegation's private brief and payoff table (points per option of each term), from hanoi-2019.json.
import type { Brief, Delegation } from "@/lib/domain/events";
import { HANOI } from "./scenario";
import { TERM_KEYS, type Deal, type TermKey } from "./terms";

export const READING: Readonly<{ title: string; paragraphs: readonly string[]; quotes: readonly string[]; source: string }> = HANOI.reading;

type Payoff = { [K in TermKey]: Partial<Record<string, number>> };

const brief = (role: Delegation): Brief => {
  const { goals, limits, tactics } = HANOI.briefs[role] ?? { goals: [], limits: [], tactics: [] };
  return { role, goals, limits, tactics };
};

/** Every term present, so a table can be read without checking for a missing row. */
const payoff = (role: Delegation): Payoff => {
  const table = HANOI.payoffs[role] ?? {};
  return Object.fromEntries(TERM_KEYS.map((key) => [key, table[key] ?? {}])) as Payoff;
};

export const BRIEFS = { US: brief("US"), DPRK: brief("DPRK"), CHINA: brief("CHINA") } satisfies Record<Delegation, Brief>;

export const PAYOFFS = { US: payoff("US"), DPRK: payoff("DPRK"), CHINA: payoff("CHINA") } satisfies Record<Delegation, Payoff>;

/** A delegation's private payoff for a deal: the sum of its points for each chosen option. */
export function payoffFor(delegation: Delegation, deal: Deal): number {
  const table = PAYOFFS[delegation];
  return (Object.keys(table) as TermKey[]).reduce((sum, key) => sum + (table[key][String(deal[key])] ?? 0), 0);
}
