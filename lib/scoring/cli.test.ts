import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import hanoiJson from "@/lib/scenario/hanoi-2019.json" with { type: "json" };
import { COMPREHENSIVE_DEAL, HANOI_BARGAIN, TERMS, type Deal } from "@/lib/scenario/hanoi/terms";
import { loadScenarioFile } from "@/lib/scenario/load-file";
import { scoreDealFor, scoreNoDealFor, type ScoreResult } from "./engine";
import { scoreDeal, scoreNoDeal } from "@/lib/scenario/hanoi/score";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dir = mkdtempSync(path.join(tmpdir(), "score-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Run = { code: number; stdout: string; stderr: string };
type Output = { total: number; baseline: number; verdict: string; criteria: { id: string; score: number }[] };

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      path.join(root, "node_modules/.bin/tsx"),
      ["lib/scoring/cli.ts", ...args],
      { cwd: root },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

function file(name: string, content: unknown): string {
  const target = path.join(dir, name);
  writeFileSync(target, typeof content === "string" ? content : JSON.stringify(content));
  return target;
}

const expected = (result: ScoreResult) =>
  `${JSON.stringify(
    {
      total: result.total,
      baseline: result.baseline,
      verdict: result.verdict,
      criteria: result.criteria.map(({ id, weight, score, explanation, quote }) => ({
        id,
        weight,
        score,
        explanation,
        quote,
      })),
    },
    null,
    2,
  )}\n`;

describe.concurrent("npm run score", () => {
  it("walks away from the Hanoi bargain: below baseline, reciprocity and balance near zero", async () => {
    const run = await cli(
      file("hanoi.json", {
        yongbyon: "dismantle",
        sanctionsRelief: "full",
        reliefTiming: "upfront",
        framework: "bilateral",
      }),
    );
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toBe(expected(scoreDeal(HANOI_BARGAIN)));
    const output = JSON.parse(run.stdout) as Output;
    expect(output.verdict).toBe("walk_away");
    expect(output.total).toBeLessThan(output.baseline);
    for (const id of ["reciprocity", "balance"])
      expect(output.criteria.find((c) => c.id === id)?.score).toBeLessThanOrEqual(10);
  });

  it("scores the comprehensive deal above every deal that weakens one of its terms", { timeout: 120_000 }, async () => {
    const weakened = TERMS.flatMap((term) => {
      const values = term.options.map((o) => o.value);
      return values
        .slice(0, values.indexOf(COMPREHENSIVE_DEAL[term.key]))
        .map((value) => ({ ...COMPREHENSIVE_DEAL, [term.key]: value }) as Deal);
    });
    expect(weakened).toHaveLength(31);
    const best = (JSON.parse((await cli(file("best.json", COMPREHENSIVE_DEAL))).stdout) as Output).total;
    const totals: number[] = [];
    for (let i = 0; i < weakened.length; i += 4) {
      const runs = await Promise.all(
        weakened.slice(i, i + 4).map((deal, j) => cli(file(`weaker-${i + j}.json`, deal))),
      );
      totals.push(...runs.map((run) => (JSON.parse(run.stdout) as Output).total));
    }
    expect(Math.max(...totals)).toBeLessThan(best);
  });

  it("signs the comprehensive deal, the same way every time", async () => {
    const deal = file("comprehensive.json", COMPREHENSIVE_DEAL);
    const [first, second] = await Promise.all([cli(deal), cli(deal)]);
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(first.stdout).verdict).toBe("sign");
    expect(first.stdout).toBe(expected(scoreDeal(COMPREHENSIVE_DEAL)));
    expect(second).toEqual(first);
  });

  it("scores walking away at exactly the baseline", async () => {
    const run = await cli("--no-deal");
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const output = JSON.parse(run.stdout);
    expect(output.total).toBe(output.baseline);
    expect(output.verdict).toBe("walk_away");
    expect(run.stdout).toBe(expected(scoreNoDeal()));
  });

  const tinyPath = path.join(root, "lib/scenario/fixtures/tiny.json");
  const tiny = loadScenarioFile(tinyPath);

  it("scores a deal of another scenario given with --scenario", async () => {
    const deal = file("fence.json", { fence: "low", shared: true });
    const [spaced, joined] = await Promise.all([
      cli("--scenario", tinyPath, deal),
      cli(`--scenario=${tinyPath}`, deal),
    ]);
    expect(spaced).toMatchObject({ code: 0, stderr: "" });
    expect(spaced.stdout).toBe(expected(scoreDealFor(tiny, { fence: "low", shared: true })));
    expect(JSON.parse(spaced.stdout)).toMatchObject({ total: 70, baseline: 20, verdict: "sign" });
    expect(joined).toEqual(spaced);
  });

  it("scores walking away in another scenario", async () => {
    const run = await cli("--no-deal", "--scenario", tinyPath);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toBe(expected(scoreNoDealFor(tiny)));
  });

  it("gives the same output for the Hanoi file as for the built-in scenario", async () => {
    const deal = file("same.json", COMPREHENSIVE_DEAL);
    const [builtIn, fromFile] = await Promise.all([
      cli(deal),
      cli("--scenario", path.join(root, "lib/scenario/hanoi-2019.json"), deal),
    ]);
    expect(fromFile).toEqual(builtIn);
  });

  it("refuses a broken scenario file with the loader's messages", async () => {
    const broken = structuredClone(hanoiJson);
    broken.criteria[2]!.quote = "allowed North Korea to grow";
    (broken.payoffs.US as Record<string, unknown>).uranium = { none: 1 };
    const run = await cli("--scenario", file("broken-scenario.json", broken), file("deal.json", COMPREHENSIVE_DEAL));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `score: invalid scenario "${path.join(dir, "broken-scenario.json")}" (2 problems):\n` +
        '  payoffs.US.uranium: unknown term "uranium"\n' +
        "  criteria[2].quote: not found in the editorial\n",
    );
  });

  const failures: [string, () => string[], RegExp][] = [
    [
      "a term the given scenario lacks",
      () => ["--scenario", tinyPath, file("hanoi-in-tiny.json", { fence: "low", yongbyon: "freeze" })],
      /unknown term "yongbyon"/,
    ],
    [
      "an option the given scenario lacks",
      () => ["--scenario", tinyPath, file("wall.json", { fence: "wall" })],
      /"fence" has no option "wall"; choose one of none, low, high/,
    ],
    [
      "a missing scenario file",
      () => ["--scenario", path.join(dir, "nowhere.json"), "--no-deal"],
      /cannot read scenario file ".*nowhere\.json": no such file/,
    ],
    ["--scenario without a file", () => ["--no-deal", "--scenario"], /--scenario needs a scenario file/],
    ["an unknown term", () => [file("unknown-key.json", { yongbyon: "freeze", foo: "bar" })], /unknown term "foo"/],
    [
      "an unknown option",
      () => [file("unknown-option.json", { arsenal: "all" })],
      /"arsenal" has no option "all"; choose one of none, declare, cap, dismantle/,
    ],
    ["a missing file", () => [path.join(dir, "absent.json")], /cannot read deal file ".*absent\.json": no such file/],
    ["invalid JSON", () => [file("broken.json", "{ yongbyon: ")], /is not valid JSON/],
    ["a deal that is not an object", () => [file("list.json", ["yongbyon"])], /a deal must be an object/],
    ["no argument", () => [], /no deal file given/],
    ["an unknown flag", () => ["--weights", "w.json"], /unknown flag "--weights"/],
    ["both a file and --no-deal", () => ["--no-deal", file("both.json", {})], /either a deal file or --no-deal/],
  ];
  for (const [name, args, message] of failures) {
    it(`fails on ${name}, saying why on stderr only`, async () => {
      const run = await cli(...args());
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(message);
    });
  }
});
