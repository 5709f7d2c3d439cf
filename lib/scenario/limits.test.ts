// A scenario may come from a teacher's upload: a hostile file is refused, with the field at fault,
// before it can hang or crash the server while it loads or while deals are scored.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ScenarioError } from "./issues";
import { loadScenario } from "./load";
import tinyJson from "./fixtures/tiny.json" with { type: "json" };

const editorial = readFileSync(path.join(import.meta.dirname, "fixtures/tiny-editorial.txt"), "utf8").split("\n\n");
// The fixture names its editorial file; an upload carries the text inline.
const base = { ...tinyJson, editorialFile: undefined, editorial };

function problemsOf(changes: Record<string, unknown>): readonly string[] {
  try {
    loadScenario({ ...base, ...changes });
  } catch (error) {
    if (error instanceof ScenarioError) return error.problems;
    throw error;
  }
  return [];
}

const criterion = base.criteria[0] as (typeof base.criteria)[number];

describe("limits on a scenario file", () => {
  it("loads the fixture as it is", () => {
    expect(problemsOf({})).toEqual([]);
  });

  it("needs two to five roles", () => {
    const role = (id: string) => ({ id, name: id, summary: "A party." });
    expect(problemsOf({ roles: [role("north")] })).toContain("roles: a negotiation needs two to five roles");
    expect(problemsOf({ roles: ["a", "b", "c", "d", "e", "f"].map(role) })).toContain(
      "roles: a negotiation needs two to five roles",
    );
  });

  it("refuses expressions nested too deep or too long, naming the field", () => {
    const deep = `${"(".repeat(40)}fence${")".repeat(40)}`;
    expect(problemsOf({ criteria: [{ ...criterion, score: deep }] }).join("\n")).toMatch(
      /^criteria\[0\]\.score: .*nested more than 32 deep/m,
    );
    const long = `${"(".repeat(5000)}fence${")".repeat(5000)}`;
    expect(problemsOf({ criteria: [{ ...criterion, score: long }] })).toContain(
      "criteria[0].score: must be at most 500 characters",
    );
    expect(problemsOf({ criteria: [{ ...criterion, score: "-".repeat(400) + "fence" }] }).join("\n")).toMatch(
      /criteria\[0\]\.score: .*nested more than 32 deep/,
    );
  });

  it("refuses phrases that multiply into an explanation too long to write", () => {
    // p0 uses p1 twice, p1 uses p2 twice, … : 2^24 copies of one word.
    const phrases = Object.fromEntries(
      Array.from({ length: 24 }, (_, i) => [`p${i}`, { cases: [{ text: `{p${i + 1}}{p${i + 1}}` }] }]),
    );
    phrases.p24 = { cases: [{ text: "word" }] };
    const problems = problemsOf({
      phrases,
      criteria: [{ ...criterion, explanations: [{ text: "It says {p0}." }] }],
    });
    expect(problems.join("\n")).toMatch(/^criteria\[0\]\.explanations\[0\]\.text: can grow to [\d,]+ characters/m);
  });

  it("refuses oversized lists and texts", () => {
    const terms = Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`t${i}`, base.terms.fence]));
    expect(problemsOf({ terms })).toContain("terms: at most 30 terms");
    expect(problemsOf({ title: "x".repeat(2001) })).toContain("title: must be at most 2,000 characters");
  });
});
