// Private payoffs, pure: each delegation's points for a deal from its own payoff table.
export type PayoffTable = Record<string, Partial<Record<string, number>>>;

export function payoffWith(table: PayoffTable, deal: Record<string, unknown>): number {
  return Object.entries(table).reduce((sum, [term, points]) => sum + (points[String(deal[term])] ?? 0), 0);
}

/** Joint gain and how lopsided a deal is: the gap between the best- and worst-off delegation. */
export function payoffSummary(tables: Record<string, PayoffTable>, deal: Record<string, unknown>) {
  const byDelegation = Object.fromEntries(
    Object.entries(tables).map(([delegation, table]) => [delegation, payoffWith(table, deal)]),
  );
  const values = Object.values(byDelegation);
  return {
    byDelegation,
    joint: values.reduce((a, b) => a + b, 0),
    spread: values.length > 0 ? Math.max(...values) - Math.min(...values) : 0,
  };
}
