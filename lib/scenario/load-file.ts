// Loads a scenario from a JSON file, for the command line and tests. Kept apart from load.ts so
// that nothing the browser imports pulls in node:fs.
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadScenario } from "./load";
import type { Scenario } from "./schema";

/** An `editorialFile` is read relative to the scenario file. Throws on any problem, naming the file. */
export function loadScenarioFile(file: string): Scenario {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : String(error);
    throw new Error(`cannot read scenario file "${file}": ${reason}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`scenario file "${file}" is not valid JSON: ${(error as Error).message}`);
  }
  return loadScenario(json, {
    source: file,
    readFile: (name) => readFileSync(path.resolve(path.dirname(file), name), "utf8"),
  });
}
