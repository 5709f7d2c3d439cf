// Scoring typed for the built-in Hanoi scenario, for the tests written against its vocabulary;
// the app scores any scenario with the generic engine (lib/scoring/engine.ts).
import {
  scoreDealFor,
  scoreNoDealFor,
  type CriterionResult as AnyCriterionResult,
  type ScoreResult as AnyScoreResult,
} from "@/lib/scoring/engine";
import type { CriterionId } from "./criteria";
import { HANOI } from "./scenario";
import type { Deal } from "./terms";

export type Weights = Partial<Record<CriterionId, number>>;
export type CriterionResult = AnyCriterionResult<CriterionId>;
export type ScoreResult = AnyScoreResult<CriterionId>;

export function scoreDeal(deal: Deal, weights?: Weights): ScoreResult {
  return scoreDealFor(HANOI, deal, weights) as ScoreResult;
}

export function scoreNoDeal(weights?: Weights): ScoreResult {
  return scoreNoDealFor(HANOI, weights) as ScoreResult;
}
