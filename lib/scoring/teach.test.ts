import { describe, expect, it } from "vitest";
import { HANOI } from "@/lib/scenario/hanoi/scenario";
import { COMPREHENSIVE_DEAL, HANOI_BARGAIN } from "@/lib/scenario/hanoi/terms";
import { scoreDeal } from "@/lib/scenario/hanoi/score";
import { closeCall, editorialView } from "./teach";
import type { ScoreResult } from "./summary";

const noDeal = new Map(HANOI.criteria.map((c) => [c.id, c.noDeal.score]));
const near = (score: ScoreResult, total: number): ScoreResult => ({ ...score, total, redLine: null });

describe("what the score teaches", () => {
  it("reads the verdict as the editorial's view", () => {
    expect(editorialView("sign")).toBe("The editorial would sign");
    expect(editorialView("walk_away")).toBe("The editorial would walk away");
  });
  it("calls a total within 3 points of walking away a close call and names the deciding criteria", () => {
    const score = scoreDeal(COMPREHENSIVE_DEAL);
    const text = closeCall(near(score, score.baseline + 2), noDeal);
    expect(text).toMatch(
      /^A close call: 2\.0 points above walking away, decided by scope beyond Yongbyon and verifiability\.$/,
    );
    expect(closeCall(near(score, score.baseline - 1), noDeal)).toMatch(/^A close call: 1\.0 point below walking away/);
    expect(closeCall(near(score, score.baseline + 3.5), noDeal)).toBeNull();
  });
  it("is no close call when a red line decides", () => {
    const bargain = scoreDeal(HANOI_BARGAIN);
    expect(bargain.redLine).not.toBeNull();
    expect(closeCall({ ...bargain, total: bargain.baseline }, noDeal)).toBeNull();
  });
});
