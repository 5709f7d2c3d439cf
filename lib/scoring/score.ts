// Scoring for the built-in Hanoi scenario, typed with its criteria; the engine itself is generic
// (engine.ts) and scores any loaded scenario.
import { HANOI } from "../scenario/hanoi/scenario";
import type { CriterionId } from "../scenario/hanoi/criteria";
import type { Deal } from "../scenario/hanoi/terms";
import {
  scoreDealFor,
  scoreNoDealFor,
  type CriterionResult as AnyCriterionResult,
  type ScoreResult as AnyScoreResult,
} from "./engine";

export { normaliseWeightsFor, scoreDealFor, scoreNoDealFor, type ScenarioWeights } from "./engine";
export type { Verdict } from "./engine";

export type Weights = Partial<Record<CriterionId, number>>;
export type CriterionResult = AnyCriterionResult<CriterionId>;
export type ScoreResult = AnyScoreResult<CriterionId>;

export function scoreDeal(deal: Deal, weights?: Weights): ScoreResult {
  return scoreDealFor(HANOI, deal, weights) as ScoreResult;
}

export function scoreNoDeal(weights?: Weights): ScoreResult {
  return scoreNoDealFor(HANOI, weights) as ScoreResult;
}
