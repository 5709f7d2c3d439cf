// A scenario a teacher uploads: the file's text and, optionally, its article as plain text. Checked
// whole before anything is kept, every problem named by its field; no file system, no eval.
import { ScenarioError } from "./issues";
import { loadScenario } from "./load";
import type { Scenario } from "./schema";

export const MAX_UPLOAD_BYTES = 256 * 1024;

export type UploadCheck =
  { ok: true; scenario: Scenario; source: Record<string, unknown> } | { ok: false; problems: string[] };

const tooBig = (what: string, bytes: number) =>
  `${what} is ${Math.ceil(bytes / 1024)} KB; at most ${MAX_UPLOAD_BYTES / 1024} KB is accepted`;

/** Checks an upload; on success `source` is the file as kept, its article inline as `editorial`. */
export function checkUpload(fileText: string, articleText: string | null = null): UploadCheck {
  const bytes = Buffer.byteLength(fileText);
  if (bytes > MAX_UPLOAD_BYTES) return { ok: false, problems: [tooBig("the scenario file", bytes)] };
  if (articleText && Buffer.byteLength(articleText) > MAX_UPLOAD_BYTES)
    return { ok: false, problems: [tooBig("the article", Buffer.byteLength(articleText))] };
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch (error) {
    return { ok: false, problems: [`the file is not valid JSON: ${(error as Error).message}`] };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return { ok: false, problems: ["the file must hold one JSON object: the scenario"] };
  const source: Record<string, unknown> = { ...json };
  // An uploaded article replaces the file's own editorial; either way it is kept inline.
  if (articleText?.trim()) {
    delete source.editorialFile;
    source.editorial = articleText
      .replace(/\r\n?/g, "\n")
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean);
  } else if ("editorialFile" in source) {
    return {
      ok: false,
      problems: [`editorialFile: upload the article "${String(source.editorialFile)}" with the file, or inline it`],
    };
  }
  try {
    return { ok: true, scenario: loadScenario(source, { source: "the uploaded file" }), source };
  } catch (error) {
    if (error instanceof ScenarioError) return { ok: false, problems: error.problems.map((p) => withHint(p, source)) };
    throw error;
  }
}

/**
 * A problem as the loader words it, with what a teacher needs to fix it: the options a term has,
 * where a quote stops matching the article, how to write two comparisons. The loader's own words
 * (the scoring CLI's contract) stay as they are.
 */
function withHint(problem: string, source: Record<string, unknown>): string {
  const option = /: "(\w+)" has no option (.+)$/.exec(problem);
  if (option) {
    const term = (source.terms as Record<string, { options?: { value?: unknown }[] }> | undefined)?.[option[1] ?? ""];
    const values = (term?.options ?? []).map((o) => JSON.stringify(o.value));
    return `${problem}; choose one of ${values.join(", ")}`;
  }
  if (problem.endsWith(": not found in the editorial")) {
    const quote = quoteAt(problem.slice(0, -": not found in the editorial".length), source);
    const editorial = Array.isArray(source.editorial) ? source.editorial.join("\n\n") : "";
    let matched = 0;
    while (quote && matched < quote.length && editorial.includes(quote.slice(0, matched + 1))) matched++;
    if (quote && matched >= 8)
      return `${problem}: it matches as far as "${quote.slice(0, matched)}", then has "${quote.slice(matched, matched + 12)}" (copy the words exactly, apostrophes too)`;
    return `${problem} (copy the words exactly, apostrophes too)`;
  }
  if (/but found "(<|<=|>|>=|==|!=)"/.test(problem) && problem.includes("expected an operator or the end"))
    return `${problem} (one comparison at a time: join two with "and")`;
  return problem;
}

/** The text at a quote's path: criteria[i].quote, reading.quotes[i] or walkAwayQuote. */
function quoteAt(path: string, source: Record<string, unknown>): string | null {
  const at = (value: unknown, index: string | undefined) =>
    Array.isArray(value) ? (value[Number(index)] as unknown) : undefined;
  const criterion = /^criteria\[(\d+)\]\.quote$/.exec(path);
  const reading = /^reading\.quotes\[(\d+)\]$/.exec(path);
  const found = criterion
    ? (at(source.criteria, criterion[1]) as { quote?: unknown } | undefined)?.quote
    : reading
      ? at((source.reading as { quotes?: unknown } | undefined)?.quotes, reading[1])
      : path === "walkAwayQuote"
        ? source.walkAwayQuote
        : null;
  return typeof found === "string" ? found : null;
}
