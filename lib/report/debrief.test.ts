import path from "node:path";
import { describe, expect, it } from "vitest";
import { HANOI } from "@/lib/scenario/hanoi/scenario";
import { loadScenarioFile } from "@/lib/scenario/load-file";
import { debriefColumns } from "./debrief";

const tiny = loadScenarioFile(path.join(import.meta.dirname, "../scenario/fixtures/tiny.json"));
const noDealTable = { tableId: "t1", number: 1, signed: null, walkedAwayBy: null };

describe("the debrief's columns", () => {
  it("set each table beside the scenario's reference deals and walking away", () => {
    const { columns } = debriefColumns(HANOI, [noDealTable], {});
    expect(columns.map((c) => [c.kind, c.title])).toEqual([
      ["table", "Table 1"],
      ["reference", "Hanoi, 2019"],
      ["baseline", "Walking away"],
    ]);
    expect(columns[1]?.score.verdict).toBe("walk_away");
  });

  it("need no reference deal: a scenario without one compares tables with walking away only", () => {
    const { columns } = debriefColumns(tiny, [noDealTable], {});
    expect(columns.map((c) => c.kind)).toEqual(["table", "baseline"]);
    expect(JSON.stringify(columns)).not.toMatch(/hanoi/i);
  });
});
