import type { Db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { listEvents } from "@/lib/repositories/events";
import { findOwnedSession } from "@/lib/repositories/sessions";
import type { SummitEvent } from "@/lib/realtime/events";
import { toCsv } from "./csv";

export const CSV_COLUMNS = ["seq", "time", "table", "channel", "kind", "author", "delegation", "text", "details"] as const;

const textOf = (event: SummitEvent) => (event.kind === "message" || event.kind === "announcement" ? event.payload.text : event.kind === "position" ? event.payload.statement : "");

/** One row per event, in order; `details` holds the event's payload as JSON. */
export function eventsToCsv(events: SummitEvent[], tableNumbers: Map<string, number>): string {
  const rows = events.map((event) => [
    event.seq,
    event.at,
    event.tableId ? (tableNumbers.get(event.tableId) ?? null) : null,
    event.channel,
    event.kind,
    event.author ? ("name" in event.author ? event.author.name : "Teacher") : null,
    event.delegation,
    textOf(event),
    JSON.stringify(event.payload),
  ]);
  return toCsv([[...CSV_COLUMNS], ...rows]);
}

/** Everything about a session for its own teacher; another teacher's session looks absent. */
export async function exportSession(db: Db, teacherId: string, sessionId: string) {
  const session = await findOwnedSession(db, teacherId, sessionId);
  if (!session) throw new UserError("No session of yours has that id.");
  const [events, participants] = await Promise.all([
    listEvents(db, session.id, 0, "teacher"),
    db.participant.findMany({ where: { sessionId: session.id }, orderBy: { joinedAt: "asc" }, select: { id: true, displayName: true, delegation: true, tableId: true, isComputer: true, joinedAt: true } }),
  ]);
  return {
    format: "summit-session-export/1",
    session: { id: session.id, title: session.title, scenarioId: session.scenarioId, status: session.status, createdAt: session.createdAt, phaseDurations: session.phaseDurations, weights: session.weights },
    tables: session.tables.map((t) => ({ id: t.id, number: t.number, phase: t.phase, signedProposalId: t.signedProposalId, walkedAwayAt: t.walkedAwayAt, walkedAwayBy: t.walkedAwayBy })),
    participants,
    events,
  };
}
