// Scores one deal from a JSON file, or walking away, and prints the result as JSON.
// Usage: npm run -s score -- [--scenario FILE] deal.json | npm run -s score -- [--scenario FILE] --no-deal
// The scenario is the default built-in unless a built-in's id or a scenario file is given.
// Weights are the scenario's defaults, printed normalised so that they sum to 1.

import { readFileSync } from "node:fs";
import { loadScenarioFile } from "../scenario/load-file";
import { builtInScenarios, DEFAULT_SCENARIO_ID } from "../scenario/registry";
import type { Scenario } from "../scenario/schema";
import { parseDealFor } from "../validations/deal";
import { scoreDealFor, scoreNoDealFor, type ScoreResult } from "./engine";

const USAGE = "usage: npm run -s score -- [--scenario <scenario.json>] <deal.json> | --no-deal";

type Outcome = { ok: true; output: string } | { ok: false; error: string };

function render(result: ScoreResult): string {
  const { total, baseline, verdict } = result;
  const criteria = result.criteria.map(({ id, weight, score, explanation, quote }) => ({
    id,
    weight,
    score,
    explanation,
    quote,
  }));
  return JSON.stringify({ total, baseline, verdict, criteria }, null, 2);
}

function readDeal(scenario: Scenario, path: string): Outcome {
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
  const parsed = parseDealFor(scenario, json);
  if (!parsed.ok) return { ok: false, error: `invalid deal in "${path}": ${parsed.error}` };
  return { ok: true, output: render(scoreDealFor(scenario, parsed.deal)) };
}

function loadScenario(file: string | undefined): { ok: true; scenario: Scenario } | { ok: false; error: string } {
  const builtIn = builtInScenarios().get(file ?? DEFAULT_SCENARIO_ID);
  if (builtIn) return { ok: true, scenario: builtIn };
  if (file === undefined) return { ok: false, error: `the default scenario ${DEFAULT_SCENARIO_ID} is missing` };
  try {
    return { ok: true, scenario: loadScenarioFile(file) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

function run(args: readonly string[]): Outcome {
  let noDeal = false;
  let literal = false;
  let scenarioFile: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (!literal && arg === "--") literal = true;
    else if (!literal && arg === "--no-deal") noDeal = true;
    else if (!literal && (arg === "--scenario" || arg.startsWith("--scenario="))) {
      const value = arg === "--scenario" ? args[++i] : arg.slice("--scenario=".length);
      if (!value) return { ok: false, error: `--scenario needs a scenario file\n${USAGE}` };
      if (scenarioFile !== undefined) return { ok: false, error: `give --scenario once\n${USAGE}` };
      scenarioFile = value;
    } else if (!literal && arg.startsWith("-")) return { ok: false, error: `unknown flag "${arg}"\n${USAGE}` };
    else files.push(arg);
  }
  if (noDeal && files.length > 0)
    return { ok: false, error: `give either a deal file or --no-deal, not both\n${USAGE}` };
  const [file, ...extra] = files;
  if (!noDeal && file === undefined) return { ok: false, error: `no deal file given\n${USAGE}` };
  if (extra.length > 0) return { ok: false, error: `give one deal file, not ${files.length}\n${USAGE}` };
  const loaded = loadScenario(scenarioFile);
  if (!loaded.ok) return loaded;
  if (noDeal || file === undefined) return { ok: true, output: render(scoreNoDealFor(loaded.scenario)) };
  return readDeal(loaded.scenario, file);
}

const outcome = run(process.argv.slice(2));
if (outcome.ok) {
  process.stdout.write(`${outcome.output}\n`);
} else {
  process.stderr.write(`score: ${outcome.error}\n`);
  process.exitCode = 1;
}
