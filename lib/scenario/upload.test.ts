import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkUpload, MAX_UPLOAD_BYTES } from "./upload";

const template = readFileSync(path.join(process.cwd(), "public/scenario-template.json"), "utf8");
const edited = (change: (json: Record<string, unknown>) => void) => {
  const json = JSON.parse(template) as Record<string, unknown>;
  change(json);
  return JSON.stringify(json);
};

describe("an uploaded scenario", () => {
  it("takes the downloadable template as it is, with two delegations and a reference deal", () => {
    const checked = checkUpload(template);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.scenario.roles).toHaveLength(2);
    expect(Object.values(checked.scenario.examples).some((e) => e.debrief)).toBe(true);
  });

  it("lists every problem at once, each with its field", () => {
    const broken = edited((json) => {
      json.roles = [{ id: "north", name: "North house" }];
    });
    const checked = checkUpload(broken);
    expect(checked).toEqual({
      ok: false,
      problems: ["roles[0].summary: missing (string expected)", "roles: a negotiation needs two to five roles"],
    });
    // A rule's syntax error is listed with the shape's problems.
    const both = checkUpload(
      edited((json) => {
        json.colour = "green";
        json.criteria = (json.criteria as object[]).map((c) => ({ ...c, score: "0.5 * (fence" }));
      }),
    );
    expect(both.ok ? [] : both.problems).toEqual([
      "colour: unknown field",
      'criteria[0].score: expected ")" but found end of expression',
    ]);
    // Once the shape is right, what it refers to is checked.
    const second = checkUpload(
      edited((json) => {
        json.criteria = (json.criteria as object[]).map((c) => ({ ...c, quote: "not in it" }));
      }),
    );
    expect(second.ok ? [] : second.problems).toEqual(["criteria[0].quote: not found in the editorial"]);
  });

  it("says when the file is not JSON, not an object, or too big", () => {
    const notJson = checkUpload("{ roles: ");
    expect(notJson.ok ? "" : notJson.problems[0]).toMatch(/^the file is not valid JSON: /);
    expect(checkUpload("[1, 2]")).toEqual({
      ok: false,
      problems: ["the file must hold one JSON object: the scenario"],
    });
    const big = checkUpload(" ".repeat(MAX_UPLOAD_BYTES + 1));
    expect(big.ok ? "" : big.problems[0]).toBe("the scenario file is 257 KB; at most 256 KB is accepted");
  });

  it("takes the article as a separate text, which becomes the editorial the quotes are checked against", () => {
    const article = (JSON.parse(template) as { editorial: string[] }).editorial.join("\r\n\r\n");
    const withFile = edited((json) => {
      delete json.editorial;
      json.editorialFile = "article.txt";
    });
    expect(checkUpload(withFile)).toEqual({
      ok: false,
      problems: ['editorialFile: upload the article "article.txt" with the file, or inline it'],
    });
    const checked = checkUpload(withFile, article);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.source).not.toHaveProperty("editorialFile");
    const other = checkUpload(withFile, "An article that quotes nothing of the criteria.");
    expect(other.ok ? [] : other.problems.some((p) => p.endsWith("not found in the editorial"))).toBe(true);
  });
});
