import type { Delegation } from "@/lib/domain/events";

export type TableCounts = { tableId: string; number: number; counts: Record<Delegation, number> };

/**
 * Where the next student sits: the smallest delegation of the emptiest table (ties go to the
 * lower table number, then the scenario's order of roles), so sizes at a table never differ by more than one.
 */
export function chooseSeat(
  tables: TableCounts[],
  delegations: readonly Delegation[],
): { tableId: string; delegation: Delegation } {
  let best: { tableId: string; delegation: Delegation; key: [number, number, number, number] } | null = null;
  for (const table of tables) {
    const total = delegations.reduce((sum, d) => sum + (table.counts[d] ?? 0), 0);
    delegations.forEach((delegation, index) => {
      const key: [number, number, number, number] = [table.counts[delegation] ?? 0, total, table.number, index];
      if (!best || compare(key, best.key) < 0) best = { tableId: table.tableId, delegation, key };
    });
  }
  if (!best) throw new Error("A session needs at least one table.");
  const { tableId, delegation } = best;
  return { tableId, delegation };
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export const MAX_PER_DELEGATION = 4;
export const MAX_TABLES = 20;

/** A split of the roster that gives each delegation two to four students where it can. */
export function suggestTableCount(students: number): number {
  const fewest = Math.max(1, Math.ceil(students / (3 * MAX_PER_DELEGATION)));
  const most = Math.max(1, Math.floor(students / 6));
  return Math.min(MAX_TABLES, Math.max(Math.round(students / 9), fewest), Math.max(most, fewest));
}
