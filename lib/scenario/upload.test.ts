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
    expect(second.ok ? [] : second.problems).toEqual([
      "criteria[0].quote: not found in the editorial (copy the words exactly, apostrophes too)",
    ]);
  });

  it("says how to fix the slips a teacher makes: options, quotes, comparisons, whole numbers", () => {
    const checked = checkUpload(
      edited((json) => {
        const [criterion] = json.criteria as Record<string, unknown>[];
        json.criteria = [
          {
            ...criterion,
            quote: "good fences make good neighbors",
            score: "0 < fence < 1",
            noDeal: { score: 0.2, explanation: "Nothing is built." },
          },
        ];
        json.examples = { fair: { title: "Fair", terms: { fence: "2m", shared: "true" } } };
      }),
    );
    expect(checked.ok ? [] : checked.problems).toEqual([
      "criteria[0].noDeal.score: must be a whole number from 0 to 100, not a fraction",
      'criteria[0].score: expected an operator or the end but found "<" at column 11 (one comparison at a time: join two with "and")',
    ]);
    const second = checkUpload(
      edited((json) => {
        const [criterion] = json.criteria as Record<string, unknown>[];
        json.criteria = [{ ...criterion, quote: "good fences make good neighbors" }];
        json.examples = { fair: { title: "Fair", terms: { fence: "2m", shared: true } } };
      }),
    );
    expect(second.ok ? [] : second.problems).toEqual([
      'criteria[0].quote: not found in the editorial: it matches as far as "good fences make good neighbo", then has "rs" (copy the words exactly, apostrophes too)',
      'examples.fair.terms.fence: "fence" has no option "2m"; choose one of "none", "low", "high"',
    ]);
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
    expect(other.ok ? [] : other.problems.some((p) => p.includes("not found in the editorial"))).toBe(true);
  });
});
