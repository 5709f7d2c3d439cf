import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CRITERIA, CRITERION_IDS, DEFAULT_WEIGHTS, type CriterionId } from "@/lib/scenario/hanoi/criteria";
import {
  COMPREHENSIVE_DEAL,
  HANOI_BARGAIN,
  TERMS,
  WEAKEST_DEAL,
  completeDeal,
  type Deal,
  type TermKey,
} from "@/lib/scenario/hanoi/terms";
import { scoreDeal, scoreNoDeal, type ScoreResult } from "@/lib/scenario/hanoi/score";

const editorial = readFileSync(new URL("../scenario/hanoi/editorial.txt", import.meta.url), "utf8");

const dealArb = fc.record(
  Object.fromEntries(TERMS.map((term) => [term.key, fc.constantFrom(...term.options.map((o) => o.value))])),
) as unknown as fc.Arbitrary<Deal>;

const positiveWeightsArb = fc.record(
  Object.fromEntries(CRITERION_IDS.map((id) => [id, fc.double({ min: 0.001, max: 100, noNaN: true })])),
) as fc.Arbitrary<Record<CriterionId, number>>;

const nonNegativeWeightsArb = fc
  .record(
    Object.fromEntries(
      CRITERION_IDS.map((id) => [id, fc.oneof(fc.constant(0), fc.double({ min: 0, max: 100, noNaN: true }))]),
    ),
  )
  .filter((weights) => Object.values(weights).some((w) => w > 0)) as fc.Arbitrary<Record<CriterionId, number>>;

const criterion = (result: ScoreResult, id: CriterionId) => {
  const found = result.criteria.find((c) => c.id === id);
  if (!found) throw new Error(`missing criterion ${id}`);
  return found;
};

const optionValues = (key: TermKey) => (TERMS.find((t) => t.key === key)?.options ?? []).map((o) => o.value);

describe("the verdicts the product brief requires", () => {
  it("walks away from the Hanoi bargain: below baseline, reciprocity and balance near zero", () => {
    const result = scoreDeal(HANOI_BARGAIN);
    expect(result.verdict).toBe("walk_away");
    expect(result.total).toBeLessThan(result.baseline);
    expect(criterion(result, "reciprocity").score).toBeLessThanOrEqual(10);
    expect(criterion(result, "balance").score).toBeLessThanOrEqual(10);
    expect(result.redLine).not.toBeNull();
    expect(result.summary).toMatch(
      /^Walk away: full sanctions relief while the DPRK keeps its arsenal crosses the red line/,
    );
    expect(result.summary).toContain("balance of power");
    expect(result.summary).toContain("reciprocity");
  });

  it("signs the comprehensive deal and says what carries it", () => {
    const result = scoreDeal(COMPREHENSIVE_DEAL);
    expect(result.verdict).toBe("sign");
    expect(result.redLine).toBeNull();
    expect(result.total).toBeGreaterThan(result.baseline);
    expect(result.summary).toMatch(/^Sign: .*carried by /);
  });

  it("scores the comprehensive deal above every deal that weakens exactly one of its terms", () => {
    const best = scoreDeal(COMPREHENSIVE_DEAL).total;
    let checked = 0;
    for (const term of TERMS) {
      const values = optionValues(term.key);
      const index = values.indexOf(COMPREHENSIVE_DEAL[term.key]);
      expect(index).toBeGreaterThanOrEqual(0);
      for (const weaker of values.slice(0, index)) {
        const weakened = { ...COMPREHENSIVE_DEAL, [term.key]: weaker } as Deal;
        expect(scoreDeal(weakened).total, `${term.key} → ${String(weaker)}`).toBeLessThan(best);
        checked++;
      }
    }
    expect(checked).toBe(31);
  });

  it("gives walking away exactly the baseline, with default and custom weights", () => {
    const noDeal = scoreNoDeal();
    expect(noDeal.total).toBe(noDeal.baseline);
    expect(noDeal.verdict).toBe("walk_away");
    expect(noDeal.baseline).toBe(40);
    fc.assert(
      fc.property(nonNegativeWeightsArb, (weights) => {
        const result = scoreNoDeal(weights);
        expect(result.total).toBe(result.baseline);
        expect(result.verdict).toBe("walk_away");
      }),
    );
  });

  it("does not sign the empty deal, which only ties with walking away", () => {
    const result = scoreDeal(WEAKEST_DEAL);
    expect(result.total).toBe(result.baseline);
    expect(result.verdict).toBe("walk_away");
  });
});

describe("properties of every deal", () => {
  it("is deterministic, bounded, explained in one sentence and quoted from the editorial", () => {
    fc.assert(
      fc.property(dealArb, (deal) => {
        const result = scoreDeal(deal);
        expect(scoreDeal({ ...deal })).toEqual(result);
        expect(result.total).toBeGreaterThanOrEqual(0);
        expect(result.total).toBeLessThanOrEqual(100);
        expect(result.criteria.map((c) => c.id)).toEqual(CRITERION_IDS);
        for (const c of result.criteria) {
          expect(Number.isInteger(c.score)).toBe(true);
          expect(c.score).toBeGreaterThanOrEqual(0);
          expect(c.score).toBeLessThanOrEqual(100);
          expect(c.explanation).toMatch(/^[A-Z][^]*\.$/);
          expect(c.explanation).not.toMatch(/\.\s+[A-Z]|undefined/);
          expect(editorial).toContain(c.quote);
        }
        expect(result.summary.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it("totals the weighted average of the criteria and uses one baseline for every deal", () => {
    fc.assert(
      fc.property(dealArb, dealArb, nonNegativeWeightsArb, (a, b, weights) => {
        const result = scoreDeal(a, weights);
        const sum = result.criteria.reduce((acc, c) => acc + c.weight, 0);
        const average = result.criteria.reduce((acc, c) => acc + c.weight * c.score, 0);
        expect(sum).toBeCloseTo(1, 9);
        expect(Math.abs(result.total - average)).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(scoreDeal(b, weights).baseline).toBe(result.baseline);
        expect(scoreNoDeal(weights).baseline).toBe(result.baseline);
        expect(result.total).toBeLessThanOrEqual(100);
      }),
    );
  });

  it("signs only deals that beat the baseline and cross no red line", () => {
    fc.assert(
      fc.property(dealArb, positiveWeightsArb, (deal, weights) => {
        const result = scoreDeal(deal, weights);
        expect(result.verdict === "sign").toBe(result.total > result.baseline && result.redLine === null);
        expect(result.summary.startsWith(result.verdict === "sign" ? "Sign:" : "Walk away:")).toBe(true);
      }),
    );
  });

  it("never lowers scope, verification or balance when the DPRK commits to more", () => {
    const commitments = ["yongbyon", "otherSites", "arsenal", "missiles", "verification"] as const;
    fc.assert(
      fc.property(dealArb, fc.constantFrom(...commitments), (deal, key) => {
        const values = optionValues(key);
        const next = values[values.indexOf(deal[key]) + 1];
        fc.pre(next !== undefined);
        const before = scoreDeal(deal);
        const after = scoreDeal({ ...deal, [key]: next } as Deal);
        for (const id of ["scope", "verification", "balance"] as const) {
          expect(criterion(after, id).score).toBeGreaterThanOrEqual(criterion(before, id).score);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("walks away from full relief while the arsenal stays, whatever the weights", () => {
    const keptArsenal = fc.constantFrom("none", "declare", "cap") as fc.Arbitrary<Deal["arsenal"]>;
    fc.assert(
      fc.property(
        dealArb,
        keptArsenal,
        fc.oneof(positiveWeightsArb, nonNegativeWeightsArb),
        (deal, arsenal, weights) => {
          const result = scoreDeal({ ...deal, sanctionsRelief: "full", arsenal }, weights);
          expect(result.verdict).toBe("walk_away");
          expect(result.redLine).toMatch(/full sanctions relief/i);
          expect(result.summary).toContain("red line");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("is fast enough to score on every keystroke", () => {
    const deals = fc.sample(dealArb, { numRuns: 2000, seed: 7 });
    const started = performance.now();
    for (const deal of deals) scoreDeal(deal);
    expect((performance.now() - started) / deals.length).toBeLessThan(0.5);
  });
});

describe("weights", () => {
  it("fills missing weights with the defaults and reports them normalised", () => {
    const defaultSum = CRITERIA.reduce((sum, c) => sum + c.defaultWeight, 0);
    expect(defaultSum).toBe(100);
    const dialogue = 100 + DEFAULT_WEIGHTS.dialogue;
    const result = scoreDeal(HANOI_BARGAIN, { dialogue });
    for (const c of result.criteria) {
      expect(c.weight).toBeCloseTo((c.id === "dialogue" ? dialogue : DEFAULT_WEIGHTS[c.id]) / 200, 12);
    }
  });

  it("lets a teacher weight a single criterion", () => {
    const result = scoreDeal(COMPREHENSIVE_DEAL, {
      reciprocity: 0,
      scope: 1,
      balance: 0,
      verification: 0,
      peace: 0,
      multilateral: 0,
      realism: 0,
      dialogue: 0,
    });
    expect(result.total).toBe(100);
    expect(result.baseline).toBe(0);
  });

  it("rejects weights that are all zero, negative, not numbers or unknown", () => {
    const zeros = Object.fromEntries(CRITERION_IDS.map((id) => [id, 0]));
    expect(() => scoreDeal(HANOI_BARGAIN, zeros)).toThrow(/all be zero/);
    expect(() => scoreNoDeal(zeros)).toThrow(/all be zero/);
    expect(() => scoreDeal(HANOI_BARGAIN, { scope: -1 })).toThrow(/"scope" must be a non-negative number/);
    expect(() => scoreDeal(HANOI_BARGAIN, { scope: Number.NaN })).toThrow(/"scope"/);
    expect(() => scoreDeal(HANOI_BARGAIN, { fairness: 1 } as never)).toThrow(/unknown criterion "fairness"/);
  });
});

describe("the deal vocabulary", () => {
  it("fills a partial deal with the weakest options", () => {
    expect(completeDeal({})).toEqual(WEAKEST_DEAL);
    expect(completeDeal({ arsenal: "cap", snapback: true })).toEqual({
      ...WEAKEST_DEAL,
      arsenal: "cap",
      snapback: true,
    });
    for (const term of TERMS) expect(WEAKEST_DEAL[term.key]).toBe(term.options[0]?.value);
  });

  it("keeps every option strength ordered weakest first", () => {
    for (const term of TERMS) {
      const strengths = term.options.map((o) => o.strength);
      expect(strengths[0]).toBe(0);
      expect(strengths.at(-1)).toBe(1);
      for (let i = 1; i < strengths.length; i++) expect(strengths[i]).toBeGreaterThan(strengths[i - 1] ?? 1);
    }
  });
});
