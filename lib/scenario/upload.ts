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
    if (error instanceof ScenarioError) return { ok: false, problems: [...error.problems] };
    throw error;
  }
}
