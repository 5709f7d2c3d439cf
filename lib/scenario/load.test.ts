import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import hanoiJson from "./hanoi-2019.json" with { type: "json" };
import tinyJson from "./fixtures/tiny.json" with { type: "json" };
import { HANOI } from "./hanoi/scenario";
import { ScenarioError } from "./issues";
import { loadScenario, type LoadOptions } from "./load";
import { loadScenarioFile } from "./load-file";

const here = path.dirname(new URL(import.meta.url).pathname);
const editorialTxt = readFileSync(path.join(here, "hanoi/editorial.txt"), "utf8");
const dir = mkdtempSync(path.join(tmpdir(), "scenario-load-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type HanoiFile = typeof hanoiJson;
type Loose = Record<string, unknown>;

function problemsOf(file: unknown, options?: LoadOptions): string[] {
  try {
    loadScenario(file, options);
  } catch (error) {
    if (error instanceof ScenarioError) return [...error.problems];
    throw error;
  }
  throw new Error("expected the scenario to be refused");
}

/** A deep copy of the Hanoi file with one thing broken. */
function broken(mutate: (file: HanoiFile) => void): HanoiFile {
  const file = structuredClone(hanoiJson);
  mutate(file);
  return file;
}

const at = <T>(items: readonly T[], index: number): T => {
  const item = items[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
};

describe("the Hanoi scenario file", () => {
  it("loads, whole and frozen, with its terms in order and its rules compiled", () => {
    const scenario = loadScenario(structuredClone(hanoiJson));
    expect(scenario.id).toBe("hanoi-2019");
    expect(scenario.terms.map((t) => t.key)).toEqual(Object.keys(hanoiJson.terms));
    expect(scenario.program.criteria).toHaveLength(8);
    expect(Object.isFrozen(scenario.terms[0]?.options)).toBe(true);
    expect(scenario).toEqual(HANOI);
  });

  it("carries the editorial of editorial.txt, and every quote is in it", () => {
    expect(HANOI.editorial).toBe(editorialTxt);
    const quotes = [...HANOI.criteria.map((c) => c.quote), ...HANOI.reading.quotes, HANOI.walkAwayQuote ?? ""];
    for (const quote of quotes) expect(editorialTxt).toContain(quote);
  });
});

describe("a broken scenario is refused, naming the field", () => {
  const cases: [string, () => unknown, string | RegExp][] = [
    [
      "an unknown term in a measure",
      () => broken((f) => void (f.measures.breadth = "0.35 * otherSite + 0.4 * arsenal")),
      'measures.breadth: unknown name "otherSite"',
    ],
    [
      "an unknown term in a score",
      () => broken((f) => void (at(f.criteria, 1).score = "arsenl:cap")),
      'criteria[1].score: unknown term "arsenl" in arsenl:cap',
    ],
    [
      "an unknown option in a condition",
      () => broken((f) => void (at(f.criteria, 4).explanations[0] = { when: "peace:armistice", text: "x" })),
      'criteria[4].explanations[0].when: "peace" has no option "armistice"',
    ],
    [
      "a measure used before it is defined",
      () => broken((f) => void (f.measures.denuclearisation = "credibility")),
      'measures.denuclearisation: measure "credibility" is used before it is defined',
    ],
    [
      "a syntax error in a rule",
      () => broken((f) => void (at(f.criteria, 0).score = "(1 - overpay")),
      /^criteria\[0\]\.score: expected "\)" but found end of expression$/,
    ],
    [
      "an option missing",
      () => broken((f) => void f.terms.arsenal.options.splice(2, 1)),
      'redLines[0].when.arsenal[2]: "arsenal" has no option "cap"',
    ],
    [
      "an option missing its label",
      () => broken((f) => void delete (at(f.terms.arsenal.options, 1) as Partial<{ label: string }>).label),
      "terms.arsenal.options[1].label: missing (string expected)",
    ],
    [
      "a duplicate option",
      () => broken((f) => void (at(f.terms.arsenal.options, 0).value = "declare")),
      'terms.arsenal.options[1].value: duplicate option "declare"',
    ],
    [
      "options not weakest first",
      () => broken((f) => void (at(f.terms.missiles.options, 2).strength = 0.1)),
      "terms.missiles.options[2].strength: must be above the previous option's 0.2: options go weakest first",
    ],
    [
      "a quote not in the editorial",
      () => broken((f) => void (at(f.criteria, 2).quote = "allowed North Korea to grow")),
      "criteria[2].quote: not found in the editorial",
    ],
    [
      "a reading quote not in the editorial",
      () => broken((f) => void (f.reading.quotes[1] = "walk away")),
      "reading.quotes[1]: not found in the editorial",
    ],
    [
      "a negative weight",
      () => broken((f) => void (at(f.criteria, 1).defaultWeight = -5)),
      "criteria[1].defaultWeight: must not be negative",
    ],
    [
      "weights that are all zero",
      () => broken((f) => f.criteria.forEach((c) => (c.defaultWeight = 0))),
      "criteria: the default weights must not all be zero",
    ],
    [
      "a duplicate criterion",
      () => broken((f) => void (at(f.criteria, 3).id = "scope")),
      'criteria[3].id: duplicate criterion "scope"',
    ],
    [
      "a red line naming an unknown option",
      () => broken((f) => void (f.redLines[0]!.when.arsenal = ["none", "declare", "capped"])),
      'redLines[0].when.arsenal[2]: "arsenal" has no option "capped"',
    ],
    [
      "a red line naming an unknown term",
      () => broken((f) => void ((f.redLines[0]!.when as Loose).uranium = ["all"])),
      'redLines[0].when.uranium: unknown term "uranium"',
    ],
    [
      "a payoff for an unknown term",
      () => broken((f) => void ((f.payoffs.US as Loose).uranium = { none: 1 })),
      'payoffs.US.uranium: unknown term "uranium"',
    ],
    [
      "a payoff for an unknown option",
      () => broken((f) => void ((f.payoffs.DPRK.arsenal as Loose).all = 3)),
      'payoffs.DPRK.arsenal.all: "arsenal" has no option "all"',
    ],
    [
      "a payoff table for an unknown role",
      () => broken((f) => void ((f.payoffs as Loose).RUSSIA = {})),
      'payoffs.RUSSIA: unknown role "RUSSIA"',
    ],
    [
      "a role without a brief",
      () => broken((f) => void delete (f.briefs as Partial<HanoiFile["briefs"]>).CHINA),
      'briefs: no brief for role "CHINA"',
    ],
    [
      "a wrong type",
      () => broken((f) => void ((at(f.terms.peace.options, 1) as Loose).strength = "0.6")),
      /^terms\.peace\.options\[1\]\.strength: .*expected number, received string$/,
    ],
    [
      "a missing section",
      () => broken((f) => void delete (f as Partial<HanoiFile>).reading),
      "reading: missing (object expected)",
    ],
    [
      "a term key that is not a name",
      () => broken((f) => void ((f.terms as Loose)["uranium stock"] = f.terms.arsenal)),
      'terms["uranium stock"]: not a name: use letters, digits and _, not starting with a digit',
    ],
    ["an unknown top-level key", () => broken((f) => void ((f as Loose).colour = "blue")), "colour: unknown field"],
    [
      "an unknown key deep down",
      () => broken((f) => void ((at(f.criteria, 0).noDeal as Loose).scores = 1)),
      "criteria[0].noDeal.scores: unknown field",
    ],
    [
      "an unknown placeholder",
      () =>
        broken((f) => void (at(f.criteria, 7).explanations[1] = { text: "Talks go on through {channel}{meeting}." })),
      "criteria[7].explanations[1].text: unknown placeholder {meeting}: not a phrase or a term",
    ],
    [
      "a last explanation with a condition",
      () => broken((f) => void (at(f.criteria, 3).explanations[0] = { when: "verification > 0", text: "x." })),
      'criteria[3].explanations: the last explanation must have no "when", so that every deal is explained',
    ],
    [
      "a phrase that includes itself",
      () => broken((f) => void ((f.phrases as Loose).only = { cases: [{ text: "{rewards} {only}" }] })),
      "phrases.only: includes itself: {only} → {only}",
    ],
    [
      "a phrase for an unknown option",
      () => broken((f) => void ((f.phrases.checks.options as Loose).satellite = "Satellites watch")),
      'phrases.checks.options.satellite: "verification" has no option "satellite"',
    ],
    [
      "a phrase named like a term",
      () => broken((f) => void ((f.phrases as Loose).arsenal = { cases: [{ text: "x" }] })),
      'phrases.arsenal: "arsenal" is already the name of a term, so {arsenal} would be ambiguous',
    ],
    [
      "an example deal with an unknown option",
      () => broken((f) => void (f.examples.hanoi_bargain.terms.framework = "global")),
      'examples.hanoi_bargain.terms.framework: "framework" has no option "global"',
    ],
    [
      "no editorial",
      () => broken((f) => void delete (f as Partial<HanoiFile>).editorial),
      /^\(top level\): give the editorial either inline .* not neither$/,
    ],
    [
      "an editorial file that cannot be read here",
      () => ({ ...broken((f) => void delete (f as Partial<HanoiFile>).editorial), editorialFile: "editorial.txt" }),
      /^editorialFile: cannot read files here/,
    ],
  ];
  for (const [name, file, expected] of cases) {
    it(`refuses ${name}`, () => {
      const problems = problemsOf(file());
      if (typeof expected === "string") expect(problems).toContain(expected);
      else
        expect(
          problems.some((p) => expected.test(p)),
          problems.join("\n"),
        ).toBe(true);
    });
  }

  it("lists every problem in one error, and returns nothing half-loaded", () => {
    const shape = broken((f) => {
      at(f.criteria, 2).quote = "not in it";
      (f as Loose).colour = "blue";
    });
    // The shape is checked first: cross-references are only meaningful in a well-formed file.
    expect(() => loadScenario(shape)).toThrow(/^invalid scenario \(1 problem\):\n {2}colour: unknown field$/);
    const references = broken((f) => {
      at(f.criteria, 2).quote = "not in it";
      (f.payoffs.US.arsenal as Loose).all = 1;
    });
    let loaded: unknown;
    expect(() => {
      loaded = loadScenario(references, { source: "broken.json" });
    }).toThrow(ScenarioError);
    expect(loaded).toBeUndefined();
    expect(() => loadScenario(references, { source: "broken.json" })).toThrow(
      [
        'invalid scenario "broken.json" (2 problems):',
        '  payoffs.US.arsenal.all: "arsenal" has no option "all"',
        "  criteria[2].quote: not found in the editorial",
      ].join("\n"),
    );
  });

  it("refuses what is not a scenario at all", () => {
    for (const input of [null, [], "hanoi", 3])
      expect(problemsOf(input)).toEqual([expect.stringMatching(/^\(top level\): Invalid input: expected object/)]);
  });
});

describe("scenario files", () => {
  const tinyPath = path.join(here, "fixtures/tiny.json");

  it("loads a scenario whose editorial is a file beside it", () => {
    const tiny = loadScenarioFile(tinyPath);
    expect(tiny.terms.map((t) => t.key)).toEqual(["fence", "shared"]);
    expect(tiny.editorial).toBe(readFileSync(path.join(here, "fixtures/tiny-editorial.txt"), "utf8"));
  });

  it("names the editorial file it cannot read", () => {
    const target = path.join(dir, "tiny.json");
    writeFileSync(target, JSON.stringify({ ...tinyJson, editorialFile: "missing.txt" }));
    expect(() => loadScenarioFile(target)).toThrow(
      /^invalid scenario ".*tiny\.json" \(1 problem\):\n {2}editorialFile: cannot read "missing\.txt": no such file$/,
    );
  });

  it("names a scenario file that is missing or not JSON", () => {
    expect(() => loadScenarioFile(path.join(dir, "absent.json"))).toThrow(
      /cannot read scenario file ".*absent\.json": no such file/,
    );
    const target = path.join(dir, "broken.json");
    writeFileSync(target, "{ format: 1");
    expect(() => loadScenarioFile(target)).toThrow(/scenario file ".*broken\.json" is not valid JSON/);
  });
});
