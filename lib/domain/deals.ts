// The rules of a table's deals, apart from where they are stored: when a version is signed, who
// may answer or withdraw it, and how many votes a delegation needs to walk away.
// Delegations are role ids: whatever roles the scenario has.
type Version = { tableId: string; status: string; version: number; delegation: string };
type Member = { tableId: string; delegation: string };

/** Signed once every delegation at the table has accepted the same version; its proposer counts as accepting. */
export function isSigned(proposer: string, acceptedBy: Iterable<string>, delegations: readonly string[]): boolean {
  const accepted = new Set([proposer, ...acceptedBy]);
  return delegations.every((d) => accepted.has(d));
}

/** Why this member cannot answer this version, or null when they can. */
export function answerRefusal(version: Version | null, member: Member): string | null {
  if (!version || version.tableId !== member.tableId) return "There is no such deal at your table.";
  if (version.status !== "open")
    return `Version ${version.version} is no longer open: answer the deal on the table now.`;
  if (version.delegation === member.delegation)
    return "Your delegation proposed this deal; the other delegations answer it.";
  return null;
}

/** Why this member cannot withdraw this version, or null when they can. */
export function withdrawRefusal(version: Version | null, member: Member): string | null {
  if (!version || version.tableId !== member.tableId) return "There is no such deal at your table.";
  if (version.delegation !== member.delegation) return "Only the delegation that proposed a deal can withdraw it.";
  if (version.status !== "open") return `Version ${version.version} is no longer on the table.`;
  return null;
}

/**
 * Votes a delegation needs to walk away: a majority of its members present now. Votes already
 * cast count as presence (a voter may have just dropped), and a delegation of one decides alone.
 */
export function walkAwayVotesNeeded(present: number, votes: number): number {
  return Math.floor(Math.max(present, votes, 1) / 2) + 1;
}
