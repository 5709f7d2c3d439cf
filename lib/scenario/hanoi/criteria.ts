// The editorial's criteria, its walk-away outcome and its red lines, typed views of hanoi-2019.json.
import type { ScenarioCriterion } from "../schema";
import { HANOI, type HANOI_CRITERION_IDS } from "./scenario";
import type { OptionValue, TermKey } from "./terms";

export type CriterionId = (typeof HANOI_CRITERION_IDS)[number];

export type CriterionDefinition = ScenarioCriterion & { id: CriterionId };

export type RedLineDefinition = {
  id: string;
  message: string;
  /** The deal crosses the line when every listed term takes one of the listed options. */
  when: Partial<Record<TermKey, readonly OptionValue[]>>;
};

export const CRITERIA = HANOI.criteria as readonly CriterionDefinition[];

export const CRITERION_IDS: readonly CriterionId[] = CRITERIA.map((criterion) => criterion.id);

export const DEFAULT_WEIGHTS: Readonly<Record<CriterionId, number>> = Object.freeze(
  Object.fromEntries(CRITERIA.map((criterion) => [criterion.id, criterion.defaultWeight])) as Record<CriterionId, number>,
);

export const RED_LINES = HANOI.redLines as readonly RedLineDefinition[];

export const WALK_AWAY_QUOTE: string = HANOI.walkAwayQuote ?? "";
