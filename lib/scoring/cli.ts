// Scores one deal from a JSON file, or walking away, and prints the result as JSON.
// Usage: npm run -s score -- deal.json | npm run -s score -- --no-deal
// Weights are the scenario defaults, printed normalised so that they sum to 1.

import { readFileSync } from "node:fs";
import { parseDeal } from "../validations/deal";
import { scoreDeal, scoreNoDeal, type ScoreResult } from "./score";

const USAGE = "usage: npm run -s score -- <deal.json> | --no-deal";

type Outcome = { ok: true; output: string } | { ok: false; error: string };

function render(result: ScoreResult): string {
  const { total, baseline, verdict } = result;
  const criteria = result.criteria.map(({ id, weight, score, explanation, quote }) => ({ id, weight, score, explanation, quote }));
  return JSON.stringify({ total, baseline, verdict, criteria }, null, 2);
}

function readDeal(path: string): Outcome {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : String(error);
    return { ok: false, error: `cannot read deal file "${path}": ${reason}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `deal file "${path}" is not valid JSON: ${(error as Error).message}` };
  }
  const parsed = parseDeal(json);
  if (!parsed.ok) return { ok: false, error: `invalid deal in "${path}": ${parsed.error}` };
  return { ok: true, output: render(scoreDeal(parsed.deal)) };
}

function run(args: readonly string[]): Outcome {
  let noDeal = false;
  let literal = false;
  const files: string[] = [];
  for (const arg of args) {
    if (!literal && arg === "--") literal = true;
    else if (!literal && arg === "--no-deal") noDeal = true;
    else if (!literal && arg.startsWith("-")) return { ok: false, error: `unknown flag "${arg}"\n${USAGE}` };
    else files.push(arg);
  }
  if (noDeal && files.length > 0) return { ok: false, error: `give either a deal file or --no-deal, not both\n${USAGE}` };
  if (noDeal) return { ok: true, output: render(scoreNoDeal()) };
  const [file, ...extra] = files;
  if (file === undefined) return { ok: false, error: `no deal file given\n${USAGE}` };
  if (extra.length > 0) return { ok: false, error: `give one deal file, not ${files.length}\n${USAGE}` };
  return readDeal(file);
}

const outcome = run(process.argv.slice(2));
if (outcome.ok) {
  process.stdout.write(`${outcome.output}\n`);
} else {
  process.stderr.write(`score: ${outcome.error}\n`);
  process.exitCode = 1;
}
