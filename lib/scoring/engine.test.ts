import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { completeDealFor, exampleDealOf } from "@/lib/scenario/deal";
import tinyJson from "@/lib/scenario/fixtures/tiny.json" with { type: "json" };
import { loadScenario } from "@/lib/scenario/load";
import { loadScenarioFile } from "@/lib/scenario/load-file";
import { parseDealFor } from "@/lib/validations/deal";
import { scoreDealFor, scoreNoDealFor } from "./engine";

const fixture = (name: string) => new URL(`../scenario/fixtures/${name}`, import.meta.url).pathname;
const tiny = loadScenarioFile(fixture("tiny.json"));

describe("the engine on another scenario (fixtures/tiny.json)", () => {
  it("signs a deal that beats walking away and explains it from the scenario's phrases", () => {
    const result = scoreDealFor(tiny, exampleDealOf(tiny, "fair"));
    expect(result).toMatchObject({ total: 70, baseline: 20, verdict: "sign", redLine: null });
    expect(result.criteria).toEqual([
      {
        id: "neighbourly",
        title: "Good neighbours",
        weight: 1,
        score: 70,
        explanation: "They build a low fence and both houses pay.",
        quote: "good fences make good neighbours",
      },
    ]);
    expect(result.summary).toBe(
      "Sign: it scores 70.0 against the no-deal baseline of 20.0, carried by good neighbours.",
    );
  });

  it("walks away from a deal over its red line, whatever its score", () => {
    const result = scoreDealFor(tiny, { fence: "high", shared: false });
    expect(result).toMatchObject({
      total: 60,
      verdict: "walk_away",
      redLine: "A high fence that one house pays for alone",
    });
    expect(result.criteria[0]?.explanation).toBe("They build a high fence and one house pays.");
    expect(result.summary).toBe(
      "Walk away: a high fence that one house pays for alone crosses the red line, whatever its score of 60.0 against the no-deal baseline of 20.0.",
    );
  });

  it("takes the first explanation whose condition holds", () => {
    const result = scoreDealFor(tiny, completeDealFor(tiny, {}));
    expect(result.criteria[0]).toMatchObject({ score: 0, explanation: "Without a fence the garden quarrel goes on." });
    expect(result.summary).toBe(
      "Walk away: it scores 0.0 against the no-deal baseline of 20.0, sunk by good neighbours.",
    );
  });

  it("scores walking away at the scenario's baseline", () => {
    const result = scoreNoDealFor(tiny);
    expect(result).toMatchObject({ total: 20, baseline: 20, verdict: "walk_away", redLine: null });
    expect(result.criteria[0]?.explanation).toBe("Without an agreement the garden stays open and the quarrel goes on.");
  });

  it("is bounded and deterministic for every deal and weight", () => {
    const deal = fc.record({ fence: fc.constantFrom("none", "low", "high"), shared: fc.boolean() });
    fc.assert(
      fc.property(deal, fc.double({ min: 0.001, max: 10, noNaN: true }), (terms, weight) => {
        const result = scoreDealFor(tiny, terms, { neighbourly: weight });
        expect(scoreDealFor(tiny, { ...terms }, { neighbourly: weight })).toEqual(result);
        expect(result.total).toBeGreaterThanOrEqual(0);
        expect(result.total).toBeLessThanOrEqual(100);
        expect(result.verdict === "sign").toBe(result.total > result.baseline && result.redLine === null);
      }),
    );
  });

  it("refuses options, criteria and weights the scenario does not have", () => {
    expect(() => scoreDealFor(tiny, { fence: "wall", shared: true })).toThrow('"fence" has no option "wall"');
    expect(() => scoreDealFor(tiny, { fence: "low" })).toThrow('"shared" has no option undefined');
    expect(() => scoreDealFor(tiny, { fence: "low", shared: true }, { reciprocity: 1 })).toThrow(
      'unknown criterion "reciprocity"',
    );
    expect(() => scoreNoDealFor(tiny, { neighbourly: 0 })).toThrow("weights must not all be zero");
  });

  it("parses deals against the scenario's own vocabulary", () => {
    expect(parseDealFor(tiny, { shared: true })).toEqual({ ok: true, deal: { fence: "none", shared: true } });
    expect(parseDealFor(tiny, { fence: "wall", arsenal: "cap" })).toEqual({
      ok: false,
      error: '"fence" has no option "wall"; choose one of none, low, high\nunknown term "arsenal"',
    });
  });

  it("fills term labels, option phrases, cases and lists into explanations", () => {
    const file = structuredClone(tinyJson) as Record<string, unknown> & typeof tinyJson;
    delete (file as Partial<typeof tinyJson>).editorialFile;
    file.editorial = [readFileSync(fixture("tiny-editorial.txt"), "utf8")];
    Object.assign(file.phrases, {
      perks: {
        list: [{ when: "fence > 0", text: "privacy" }, { when: "shared:true", text: "peace" }, { text: "{built}" }],
        conjunction: "or",
        empty: "nothing",
      },
    });
    file.criteria[0]!.explanations = [{ text: "{fence} ({shared}) brings {perks}." }];
    const scenario = loadScenario(file);
    const explain = (terms: Record<string, string | boolean>) =>
      scoreDealFor(scenario, completeDealFor(scenario, terms)).criteria[0]?.explanation;
    expect(explain({})).toBe("No fence (One side pays) brings nothing.");
    expect(explain({ shared: true })).toBe("No fence (Both pay) brings peace.");
    expect(explain({ fence: "high", shared: true })).toBe(
      "High fence (Both pay) brings privacy, peace or a high fence.",
    );
  });
});
