// Loads a scenario: the file's shape (zod), then every cross-reference and rule. Either the whole
// scenario comes back, frozen, or one ScenarioError lists each problem with the field it is in.
// No file system here, so the browser can load the built-in scenario; see load-file.ts for files.
import type { z } from "zod";
import { checkScenario } from "./check";
import { compileScenario } from "./compile";
import { parseExpression } from "./expression";
import { Issues, ScenarioError, type Path } from "./issues";
import { scenarioFileSchema, type Scenario, type ScenarioFile } from "./schema";

export type LoadOptions = {
  /** Reads the text an `editorialFile` names; without it only an inline `editorial` can be used. */
  readFile?: (name: string) => string;
  /** Where the scenario came from, for the error message. */
  source?: string;
};

function shapeProblems(zodIssues: readonly z.core.$ZodIssue[]): string[] {
  const issues = new Issues();
  for (const issue of zodIssues) {
    const path = issue.path.map((segment) => (typeof segment === "number" ? segment : String(segment)));
    if (issue.code === "unrecognized_keys") for (const key of issue.keys) issues.add([...path, key], "unknown field");
    else if (issue.code === "invalid_type" && issue.message.endsWith("received undefined"))
      issues.add(path, `missing (${issue.expected} expected)`);
    else if (issue.code === "invalid_key")
      issues.add(path, "not a name: use letters, digits and _, not starting with a digit");
    else issues.add(path, issue.message);
  }
  return issues.list;
}

function readEditorial(file: ScenarioFile, options: LoadOptions, issues: Issues): string | null {
  if ((file.editorial === undefined) === (file.editorialFile === undefined)) {
    issues.add(
      [],
      `give the editorial either inline ("editorial": its paragraphs) or as "editorialFile", not ${file.editorial ? "both" : "neither"}`,
    );
    return null;
  }
  if (file.editorial !== undefined) return file.editorial.join("\n\n");
  const name = file.editorialFile ?? "";
  if (!options.readFile) {
    issues.add(["editorialFile"], "cannot read files here: inline the editorial, or load the scenario from its file");
    return null;
  }
  try {
    return options.readFile(name);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    issues.add(
      ["editorialFile"],
      `cannot read "${name}"${code === "ENOENT" ? ": no such file" : `: ${String(error)}`}`,
    );
    return null;
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * The rules' syntax errors in a file whose shape is wrong, so that a teacher fixing a file sees
 * them in the same list (what the rules refer to can only be checked once the shape is right).
 */
function syntaxProblems(json: unknown): string[] {
  const issues = new Issues();
  const record = (value: unknown): Record<string, unknown> =>
    typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  const check = (source: unknown, path: Path) => {
    if (typeof source !== "string" || source.length > 500 || !/\S/.test(source)) return;
    try {
      parseExpression(source);
    } catch (error) {
      if (error instanceof SyntaxError) issues.add(path, error.message);
    }
  };
  const file = record(json);
  for (const [name, source] of Object.entries(record(file.measures))) check(source, ["measures", name]);
  list(file.criteria).forEach((criterion, i) => {
    check(record(criterion).score, ["criteria", i, "score"]);
    list(record(criterion).explanations).forEach((c, j) =>
      check(record(c).when, ["criteria", i, "explanations", j, "when"]),
    );
  });
  for (const [name, phrase] of Object.entries(record(file.phrases)))
    for (const key of ["cases", "list"])
      list(record(phrase)[key]).forEach((c, j) => check(record(c).when, ["phrases", name, key, j, "when"]));
  return issues.list;
}

export function loadScenario(json: unknown, options: LoadOptions = {}): Scenario {
  const parsed = scenarioFileSchema.safeParse(json);
  if (!parsed.success)
    throw new ScenarioError([...shapeProblems(parsed.error.issues), ...syntaxProblems(json)], options.source);
  const file = parsed.data;
  const issues = new Issues();
  const editorial = readEditorial(file, options, issues);
  checkScenario(file, editorial, issues);
  const program = compileScenario(file, issues);
  if (issues.list.length > 0 || editorial === null) throw new ScenarioError(issues.list, options.source);
  return deepFreeze({
    id: file.id,
    title: file.title,
    editorial,
    walkAwayQuote: file.walkAwayQuote,
    roles: file.roles,
    reading: file.reading,
    briefs: file.briefs,
    payoffs: file.payoffs,
    terms: Object.entries(file.terms).map(([key, term]) => ({ key, ...term })),
    measures: file.measures,
    phrases: file.phrases,
    criteria: file.criteria,
    redLines: file.redLines,
    examples: file.examples,
    program,
  });
}
