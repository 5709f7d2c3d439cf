import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BUILT_IN_DIR, DEFAULT_SCENARIO_ID, loadBuiltIns, scenarioById } from "./registry";

const dirs: string[] = [];
const folder = (files: Record<string, unknown>) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "summit-scenarios-"));
  dirs.push(dir);
  copyFileSync(path.join(BUILT_IN_DIR, "hanoi-2019.json"), path.join(dir, "hanoi-2019.json"));
  for (const [name, content] of Object.entries(files))
    writeFileSync(path.join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  return dir;
};
const hanoi = () =>
  JSON.parse(readFileSync(path.join(BUILT_IN_DIR, "hanoi-2019.json"), "utf8")) as Record<string, unknown> & {
    criteria: { quote: string }[];
    roles: unknown[];
  };
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("the built-in scenario registry", () => {
  it("loads every scenario in the folder by its id, the default among them", () => {
    expect([...loadBuiltIns().keys()]).toContain(DEFAULT_SCENARIO_ID);
    expect(scenarioById(DEFAULT_SCENARIO_ID).roles.map((r) => r.id)).toEqual(["US", "DPRK", "CHINA"]);
    expect(() => scenarioById("atlantis-1999")).toThrow('No built-in scenario has the id "atlantis-1999"');
  });

  it("refuses broken files, naming each file and every field at fault", () => {
    const misquoted = { ...hanoi(), id: "misquoted" };
    misquoted.criteria[1] = { ...misquoted.criteria[1], quote: "Words the editorial never wrote." };
    const shapeless = { ...hanoi(), id: "shapeless", title: 42, roles: [] };
    const error = (() => {
      try {
        loadBuiltIns(folder({ "misquoted.json": misquoted, "shapeless.json": shapeless }));
      } catch (caught) {
        return (caught as Error).message;
      }
    })();
    expect(error).toMatch(/^Built-in scenarios in .* are broken:$/m);
    expect(error).toContain("  misquoted.json: criteria[1].quote: not found in the editorial");
    expect(error).toMatch(/^ {2}shapeless\.json: title: .+$/m);
    expect(error).toMatch(/^ {2}shapeless\.json: roles: .+$/m);
  });

  it("refuses a file whose id is not its name, and one that is not JSON", () => {
    expect(() => loadBuiltIns(folder({ "camp-david.json": { ...hanoi(), id: "camp_david" } }))).toThrow(
      'camp-david.json: id: "camp_david" must match the file\'s name ("camp-david")',
    );
    expect(() => loadBuiltIns(folder({ "half.json": '{ "format": 1,' }))).toThrow(
      /half\.json: scenario file .* is not valid JSON/,
    );
  });
});
