// What students read: the scenario in our own words with short attributed quotes, and each
// delegation's private brief and payoff table (points per option of each term), from hanoi-2019.json.
import type { Brief, Delegation } from "@/lib/domain/events";
import { HANOI } from "./scenario";
import { TERM_KEYS, type TermKey } from "./terms";

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

export const BRIEFS = { US: brief("US"), DPRK: brief("DPRK"), CHINA: brief("CHINA") } satisfies Record<
  Delegation,
  Brief
>;

export const PAYOFFS = { US: payoff("US"), DPRK: payoff("DPRK"), CHINA: payoff("CHINA") } satisfies Record<
  Delegation,
  Payoff
>;
