import type { Db } from "@/lib/db";
import type { TableOutcome } from "@/lib/domain/events";
import type { ScenarioDeal as Deal } from "@/lib/scenario/deal";
import type { ScoreResult } from "@/lib/scoring/engine";

/** What each table that reached the debrief ended with: its signed deal, or nothing (walked away). */
export async function debriefOf(db: Db, sessionId: string, visible: boolean): Promise<TableOutcome[]> {
  if (!visible) return [];
  const tables = await db.sessionTable.findMany({
    where: { sessionId, phase: "debrief" },
    orderBy: { number: "asc" },
    include: { signedProposal: { select: { version: true, terms: true, score: true } } },
  });
  return tables.map((table) => ({
    tableId: table.id,
    number: table.number,
    walkedAwayBy: table.walkedAwayBy,
    signed: table.signedProposal
      ? {
          version: table.signedProposal.version,
          terms: table.signedProposal.terms as Deal,
          score: table.signedProposal.score as unknown as ScoreResult,
        }
      : null,
  }));
}
