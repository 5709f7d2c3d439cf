import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DELEGATIONS } from "@/lib/realtime/events";
import { chooseSeat, type TableCounts } from "./placement";

function seatAll(students: number, tableCount: number): TableCounts[] {
  const tables: TableCounts[] = Array.from({ length: tableCount }, (_, i) => ({
    tableId: `t${i + 1}`,
    number: i + 1,
    counts: { US: 0, DPRK: 0, CHINA: 0 },
  }));
  for (let i = 0; i < students; i++) {
    const seat = chooseSeat(tables);
    const table = tables.find((t) => t.tableId === seat.tableId);
    if (!table) throw new Error("seat at an unknown table");
    table.counts[seat.delegation] += 1;
  }
  return tables;
}

describe("chooseSeat", () => {
  it("fills US, DPRK and China in turn at one table", () => {
    const [table] = seatAll(4, 1);
    expect(table?.counts).toEqual({ US: 2, DPRK: 1, CHINA: 1 });
  });

  it("keeps delegations within one of each other and seats everyone", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 8 }), (students, tableCount) => {
        const tables = seatAll(students, tableCount);
        const sizes = tables.flatMap((t) => DELEGATIONS.map((d) => t.counts[d]));
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(students);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("refuses a session without tables", () => {
    expect(() => chooseSeat([])).toThrow(/at least one table/);
  });
});
