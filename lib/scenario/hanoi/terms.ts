// The Hanoi scenario's deal vocabulary, typed: one option per term, weakest first. The data lives
// in hanoi-2019.json; keys and option values are the contract shared by the form, the database
// and the scoring engine. `strength` (0 = weakest, 1 = strongest) is what the scoring rules read.
import { completeDealFor, exampleDealOf } from "../deal";
import { HANOI, HANOI_VOCABULARY, type HANOI_ROLE_IDS } from "./scenario";

export type OptionValue = string | boolean;
export type TermKey = keyof typeof HANOI_VOCABULARY;
export type TermOption<K extends TermKey> = (typeof HANOI_VOCABULARY)[K][number];
export type Deal = { [K in TermKey]: TermOption<K> };
export type DealInput = Partial<Deal>;

export type TermOptionDefinition<V extends OptionValue = OptionValue> = {
  value: V;
  label: string;
  explanation: string;
  strength: number;
};

export type TermDefinition<K extends TermKey = TermKey> = {
  key: K;
  label: string;
  explanation: string;
  options: readonly TermOptionDefinition<TermOption<K>>[];
};

type Term = { [K in TermKey]: TermDefinition<K> }[TermKey];

export const TERMS = HANOI.terms as readonly Term[];

export const TERM_KEYS: readonly TermKey[] = TERMS.map((term) => term.key);

export function completeDeal(partial: DealInput): Deal {
  return completeDealFor(HANOI, partial) as Deal;
}

export const WEAKEST_DEAL: Readonly<Deal> = Object.freeze(completeDeal({}));
export const HANOI_BARGAIN: Readonly<Deal> = Object.freeze(exampleDealOf(HANOI, "hanoi_bargain") as Deal);
export const COMPREHENSIVE_DEAL: Readonly<Deal> = Object.freeze(exampleDealOf(HANOI, "comprehensive") as Deal);

export type RoleId = (typeof HANOI_ROLE_IDS)[number];
