// The built-in scenarios: every JSON file in lib/scenario/ itself, loaded and checked once. A broken
// file stops the server's start with its name and every field at fault. Server-only (reads files).
import { readdirSync } from "node:fs";
import path from "node:path";
import { ScenarioError } from "./issues";
import { loadScenarioFile } from "./load-file";
import type { Scenario } from "./schema";

export const DEFAULT_SCENARIO_ID = "hanoi-2019";
export const BUILT_IN_DIR = path.join(process.cwd(), "lib/scenario");

/** Loads every `<id>.json` in `dir`; throws one error naming each broken file and its fields. */
export function loadBuiltIns(dir = BUILT_IN_DIR): ReadonlyMap<string, Scenario> {
  const files = readdirSync(/* turbopackIgnore: true */ dir)
    .filter((name) => name.endsWith(".json"))
    .sort();
  const scenarios = new Map<string, Scenario>();
  const problems: string[] = [];
  for (const name of files) {
    try {
      // Read at run time from a folder the server ships with: not a file for the bundler to trace.
      const scenario = loadScenarioFile(path.join(/* turbopackIgnore: true */ dir, name));
      if (`${scenario.id}.json` !== name)
        problems.push(`${name}: id: "${scenario.id}" must match the file's name ("${path.basename(name, ".json")}")`);
      else scenarios.set(scenario.id, scenario);
    } catch (error) {
      if (error instanceof ScenarioError) problems.push(...error.problems.map((line) => `${name}: ${line}`));
      else problems.push(`${name}: ${(error as Error).message}`);
    }
  }
  if (problems.length > 0)
    throw new Error(`Built-in scenarios in ${dir} are broken:\n${problems.map((p) => `  ${p}`).join("\n")}`);
  if (!scenarios.has(DEFAULT_SCENARIO_ID))
    throw new Error(`Built-in scenarios in ${dir}: the default, ${DEFAULT_SCENARIO_ID}.json, is missing`);
  return scenarios;
}

let builtIns: ReadonlyMap<string, Scenario> | null = null;

/** The built-in scenarios, loaded on first use (the server's start asks first, so it fails early). */
export function builtInScenarios(): ReadonlyMap<string, Scenario> {
  builtIns ??= loadBuiltIns();
  return builtIns;
}

/** A session's scenario by its id. Sessions only ever store ids the registry gave out. */
export function scenarioById(id: string): Scenario {
  const scenario = builtInScenarios().get(id);
  if (!scenario) throw new Error(`No built-in scenario has the id "${id}"`);
  return scenario;
}
