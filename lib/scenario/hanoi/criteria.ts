// The editorial's criteria and their default weights, typed views of hanoi-2019.json.
import type { ScenarioCriterion } from "../schema";
import { HANOI, type HANOI_CRITERION_IDS } from "./scenario";

export type CriterionId = (typeof HANOI_CRITERION_IDS)[number];

export type CriterionDefinition = ScenarioCriterion & { id: CriterionId };

export const CRITERIA = HANOI.criteria as readonly CriterionDefinition[];

export const CRITERION_IDS: readonly CriterionId[] = CRITERIA.map((criterion) => criterion.id);

export const DEFAULT_WEIGHTS: Readonly<Record<CriterionId, number>> = Object.freeze(
  Object.fromEntries(CRITERIA.map((criterion) => [criterion.id, criterion.defaultWeight])) as Record<
    CriterionId,
    number
  >,
);
