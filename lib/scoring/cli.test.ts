import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { COMPREHENSIVE_DEAL, HANOI_BARGAIN } from "@/lib/scenario/hanoi/terms";
import { scoreDeal, scoreNoDeal, type ScoreResult } from "./score";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dir = mkdtempSync(path.join(tmpdir(), "score-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Run = { code: number; stdout: string; stderr: string };

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(path.join(root, "node_modules/.bin/tsx"), ["lib/scoring/cli.ts", ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
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
      criteria: result.criteria.map(({ id, weight, score, explanation, quote }) => ({ id, weight, score, explanation, quote })),
    },
    null,
    2,
  )}\n`;

describe.concurrent("npm run score", () => {
  it("walks away from the Hanoi bargain", async () => {
    const run = await cli(file("hanoi.json", { yongbyon: "dismantle", sanctionsRelief: "full", reliefTiming: "upfront", framework: "bilateral" }));
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toBe(expected(scoreDeal(HANOI_BARGAIN)));
    expect(JSON.parse(run.stdout).verdict).toBe("walk_away");
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

  const failures: [string, () => string[], RegExp][] = [
    ["an unknown term", () => [file("unknown-key.json", { yongbyon: "freeze", foo: "bar" })], /unknown term "foo"/],
    ["an unknown option", () => [file("unknown-option.json", { arsenal: "all" })], /"arsenal" has no option "all"; choose one of none, declare, cap, dismantle/],
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
