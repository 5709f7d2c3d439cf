import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Delegation } from "@/lib/domain/events";
import { chooseSeat as chooseAmong, MAX_PER_DELEGATION, suggestTableCount, type TableCounts } from "./placement";

// Most cases seat a three-role scenario; the role count is its own case below.
const DELEGATIONS = ["US", "DPRK", "CHINA"];
const chooseSeat = (tables: TableCounts[]) => chooseAmong(tables, DELEGATIONS);

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
    table.counts[seat.delegation] = (table.counts[seat.delegation] ?? 0) + 1;
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
        const sizes = tables.flatMap((t) => DELEGATIONS.map((d) => t.counts[d] ?? 0));
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(students);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("seats any number of roles, in the scenario's order", () => {
    for (const roles of [
      ["A", "B"],
      ["A", "B", "C", "D", "E"],
    ]) {
      const table: TableCounts = { tableId: "t1", number: 1, counts: Object.fromEntries(roles.map((r) => [r, 0])) };
      for (let i = 0; i < roles.length * 2 + 1; i++) {
        const seat = chooseAmong([table], roles);
        table.counts[seat.delegation] = (table.counts[seat.delegation] ?? 0) + 1;
      }
      expect(Object.values(table.counts)).toEqual([3, ...roles.slice(1).map(() => 2)]);
    }
  });

  it("refuses a session without tables", () => {
    expect(() => chooseSeat([])).toThrow(/at least one table/);
  });
});

// A roster as the server keeps it: each student holds one seat; removed students hold none.
type Seat = { tableId: string; delegation: Delegation };
function emptyTables(tableCount: number): TableCounts[] {
  return Array.from({ length: tableCount }, (_, i) => ({
    tableId: `t${i + 1}`,
    number: i + 1,
    counts: { US: 0, DPRK: 0, CHINA: 0 },
  }));
}
function countsOf(roster: Map<number, Seat>, tableCount: number): TableCounts[] {
  const tables = emptyTables(tableCount);
  for (const seat of roster.values()) {
    const counts = (tables.find((t) => t.tableId === seat.tableId) as TableCounts).counts;
    counts[seat.delegation] = (counts[seat.delegation] ?? 0) + 1;
  }
  return tables;
}
const sizes = (tables: TableCounts[]) => tables.flatMap((t) => DELEGATIONS.map((d) => t.counts[d] ?? 0));
const spread = (tables: TableCounts[]) => Math.max(...sizes(tables)) - Math.min(...sizes(tables));
const spreadAtEachTable = (tables: TableCounts[]) =>
  tables.map(
    (t) =>
      Math.max(...DELEGATIONS.map((d) => t.counts[d] ?? 0)) - Math.min(...DELEGATIONS.map((d) => t.counts[d] ?? 0)),
  );

describe("late joiners", () => {
  const scenario = fc.integer({ min: 0, max: 60 }).chain((initial) =>
    fc.record({
      initial: fc.constant(initial),
      tableCount: fc.integer({ min: 1, max: 6 }),
      late: fc.integer({ min: 0, max: 30 }),
      removed: fc.subarray(Array.from({ length: initial }, (_, i) => i)),
    }),
  );

  it("each goes to a smallest delegation, every student keeps exactly one seat, and balance comes back", () => {
    fc.assert(
      fc.property(scenario, ({ initial, tableCount, late, removed }) => {
        const roster = new Map<number, Seat>();
        for (let id = 0; id < initial; id++) roster.set(id, chooseSeat(countsOf(roster, tableCount)));
        expect(spreadAtEachTable(countsOf(roster, tableCount)).every((s) => s <= 1)).toBe(true);
        for (const id of removed) roster.delete(id);
        let lastSpread = spread(countsOf(roster, tableCount));
        for (let i = 0; i < late; i++) {
          const before = countsOf(roster, tableCount);
          const seat = chooseSeat(before);
          const chosen = (before.find((t) => t.tableId === seat.tableId) as TableCounts).counts[seat.delegation];
          expect(chosen).toBe(Math.min(...sizes(before)));
          roster.set(initial + i, seat);
          const after = countsOf(roster, tableCount);
          // Never less balanced than before; once within one, always within one, at every table.
          expect(spread(after)).toBeLessThanOrEqual(Math.max(lastSpread, 1));
          if (lastSpread <= 1) expect(spreadAtEachTable(after).every((s) => s <= 1)).toBe(true);
          lastSpread = spread(after);
          // As many late joiners as students removed restore the balance of a fresh class.
          if (i + 1 >= removed.length) expect(spread(after)).toBeLessThanOrEqual(1);
        }
        const total = sizes(countsOf(roster, tableCount)).reduce((a, b) => a + b, 0);
        expect(total).toBe(initial - removed.length + late);
        expect(roster.size).toBe(total);
      }),
    );
  });

  it("without removals, keeps every table balanced after each join", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 30 }),
        (initial, tableCount, late) => {
          const tables = seatAll(initial, tableCount);
          for (let i = 0; i < late; i++) {
            const seat = chooseSeat(tables);
            {
              const counts = (tables.find((t) => t.tableId === seat.tableId) as TableCounts).counts;
              counts[seat.delegation] = (counts[seat.delegation] ?? 0) + 1;
            }
            expect(spread(tables)).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });
});

describe("suggestTableCount", () => {
  it("gives every delegation two to four students whenever the roster allows it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 6, max: 240 }), (students) => {
        const tables = seatAll(students, suggestTableCount(students));
        for (const size of sizes(tables)) {
          expect(size).toBeGreaterThanOrEqual(2);
          expect(size).toBeLessThanOrEqual(MAX_PER_DELEGATION);
        }
      }),
    );
  });

  it("proposes one table for a class too small to fill two seats per delegation", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), (students) => {
        expect(suggestTableCount(students)).toBe(1);
      }),
    );
  });

  it("suggests about three students per delegation for a usual class", () => {
    expect([9, 18, 27, 30, 36, 45].map(suggestTableCount)).toEqual([1, 2, 3, 3, 4, 5]);
  });
});
