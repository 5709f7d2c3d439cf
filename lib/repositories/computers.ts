// What the computer player reads of its table before it acts; it writes through the same
// repositories students use.
import type { Db } from "@/lib/db";
import type { Delegation } from "@/lib/domain/events";

/** The computer players at a table and the table's clock state, or null when there are none. */
export async function computersAt(db: Db, tableId: string) {
  const rows = await db.participant.findMany({ where: { tableId, isComputer: true, kickedAt: null } });
  if (rows.length === 0) return null;
  const computers = rows.flatMap((row) => (row.delegation ? [{ ...row, delegation: row.delegation }] : []));
  const table = await db.sessionTable.findUniqueOrThrow({ where: { id: tableId } });
  return { computers, table };
}

/** The version open at the table, if any. */
export async function openVersion(db: Db, tableId: string) {
  const open = await db.proposal.findFirst({ where: { tableId, status: "open" } });
  return open;
}

/** Whether a delegation has answered a version already. */
export async function hasAnswered(db: Db, proposalId: string, delegation: Delegation): Promise<boolean> {
  return (
    (await db.proposalResponse.findUnique({ where: { proposalId_delegation: { proposalId, delegation } } })) !== null
  );
}

/** How many versions this participant proposed at the table. */
export function proposalsBy(db: Db, tableId: string, participantId: string) {
  return db.proposal.count({ where: { tableId, participantId } });
}
