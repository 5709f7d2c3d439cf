import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scoreDealFor, scoreNoDealFor } from "@/lib/scoring/engine";
import { completeDealFor, exampleDealOf, weakestDealOf } from "./deal";
import { loadScenarioFile } from "./load-file";

const file = path.join(path.dirname(new URL(import.meta.url).pathname), "camp-david-1978.json");
const scenario = loadScenarioFile(file);
const baseline = scoreNoDealFor(scenario).baseline;

describe("the Camp David scenario", () => {
  it("loads with its id and exactly two roles, Egypt and Israel", () => {
    expect(scenario.id).toBe("camp-david-1978");
    expect(scenario.roles.map((r) => r.id)).toEqual(["EGYPT", "ISRAEL"]);
    expect(scenario.roles.map((r) => r.name)).toEqual(["Egypt", "Israel"]);
    expect(Object.keys(scenario.briefs).sort()).toEqual(["EGYPT", "ISRAEL"]);
  });

  it("gives both roles a payoff for every option of every term", () => {
    for (const role of ["EGYPT", "ISRAEL"]) {
      for (const term of scenario.terms) {
        for (const option of term.options) {
          expect(scenario.payoffs[role]?.[term.key]?.[String(option.value)], `${role} ${term.key}`).toBeTypeOf(
            "number",
          );
        }
      }
    }
  });

  it("signs the 1978 accords, well above walking away", () => {
    expect(scenario.examples.accords?.debrief).toBeDefined();
    const result = scoreDealFor(scenario, exampleDealOf(scenario, "accords"));
    expect(result.verdict).toBe("sign");
    expect(result.redLine).toBeNull();
    expect(result.total).toBeGreaterThan(baseline + 30);
  });

  it("walks away from the weakest deal", () => {
    const result = scoreDealFor(scenario, weakestDealOf(scenario));
    expect(result.verdict).toBe("walk_away");
    expect(result.total).toBeLessThanOrEqual(baseline);
  });

  it("walks away from deals that cross a red line, however they score", () => {
    const cheap = scoreDealFor(scenario, exampleDealOf(scenario, "separate_peace_cheap"));
    expect(cheap.redLine).not.toBeNull();
    expect(cheap.verdict).toBe("walk_away");

    const settlementsStay = scoreDealFor(scenario, { ...exampleDealOf(scenario, "accords"), settlements: "stay" });
    expect(settlementsStay.total).toBeGreaterThan(settlementsStay.baseline);
    expect(settlementsStay.redLine).not.toBeNull();
    expect(settlementsStay.verdict).toBe("walk_away");

    const noPeace = scoreDealFor(
      scenario,
      completeDealFor(scenario, { sinai: "phased_full_return", settlements: "removed", normalisation: "none" }),
    );
    expect(noPeace.redLine).not.toBeNull();
    expect(noPeace.verdict).toBe("walk_away");
  });

  it("signs the comprehensive deal, but ranks the accords with a stronger Palestinian framework above it", () => {
    const comprehensive = scoreDealFor(scenario, exampleDealOf(scenario, "comprehensive"));
    const withTeeth = scoreDealFor(scenario, exampleDealOf(scenario, "accords_with_teeth"));
    expect(comprehensive.verdict).toBe("sign");
    expect(withTeeth.total).toBeGreaterThan(comprehensive.total);
  });

  it("never mentions another scenario's summit", () => {
    const text = readFileSync(file, "utf8");
    expect(text.toLowerCase()).not.toContain("hanoi");
    expect(text).not.toMatch(/dprk|korea|\bkim\b|trump/i);
  });
});
