import type { Db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import type { SummitEvent, TableState } from "@/lib/realtime/events";
import { nextPhase, phaseDurationMs, type PhaseDurations, type PhaseName } from "@/lib/session/phases";
import { appendEvent, lockSession, type Tx } from "./events";
import { toTableState } from "./sessions";

type Reason = "start" | "deadline" | "teacher_end" | "skip";
export type PhaseChange = { sessionId: string; events: SummitEvent[]; tables: TableState[] };

async function moveTable(
  tx: Tx,
  table: { id: string; number: number; sessionId: string },
  phase: PhaseName,
  durations: PhaseDurations,
  reason: Reason,
  actor: { teacherId?: string; clientId?: string },
  now: Date,
) {
  const ms = phaseDurationMs(phase, durations);
  const endsAt = ms === null ? null : new Date(now.getTime() + ms);
  const updated = await tx.sessionTable.update({
    where: { id: table.id },
    data: { phase, phaseStartedAt: now, phaseEndsAt: endsAt, pausedRemainingMs: null },
  });
  const event = await appendEvent(tx, {
    sessionId: table.sessionId,
    kind: "phase",
    tableId: table.id,
    teacherId: actor.teacherId ?? null,
    // One teacher request moves every table; each table's event keeps the request's id.
    clientId: actor.clientId ? `${actor.clientId}:t${table.number}` : null,
    payload: { phase, endsAt: endsAt?.toISOString() ?? null, reason },
  });
  return { event, table: toTableState(updated) };
}

async function finish(tx: Tx, sessionId: string, moved: { event: SummitEvent; table: TableState }[], now: Date) {
  const tables = await tx.sessionTable.findMany({ where: { sessionId }, select: { phase: true } });
  if (tables.every((t) => t.phase === "debrief")) {
    await tx.session.update({ where: { id: sessionId }, data: { status: "ended", endedAt: now } });
  }
  return { sessionId, events: moved.map((m) => m.event), tables: moved.map((m) => m.table) };
}

/** The teacher starts: every table leaves the lobby for the first phase with time. */
export async function startRound(db: Db, sessionId: string, teacherId: string, clientId: string): Promise<PhaseChange> {
  return db.$transaction(async (tx) => {
    await lockSession(tx, sessionId);
    const session = await tx.session.findUniqueOrThrow({ where: { id: sessionId }, include: { tables: { orderBy: { number: "asc" } } } });
    if (session.status !== "lobby") return { sessionId, events: [], tables: session.tables.map(toTableState) };
    const durations = session.phaseDurations as PhaseDurations;
    const now = new Date();
    const moved = [];
    for (const table of session.tables) {
      moved.push(await moveTable(tx, table, nextPhase("lobby", durations), durations, "start", { teacherId, clientId }, now));
    }
    await tx.session.update({ where: { id: sessionId }, data: { status: "running", startedAt: now } });
    return finish(tx, sessionId, moved, now);
  });
}

/** The teacher ends the round now: every table goes to the debrief. */
export async function endRound(db: Db, sessionId: string, teacherId: string, clientId: string): Promise<PhaseChange> {
  return db.$transaction(async (tx) => {
    await lockSession(tx, sessionId);
    const session = await tx.session.findUniqueOrThrow({ where: { id: sessionId }, include: { tables: { orderBy: { number: "asc" } } } });
    if (session.status === "lobby") throw new UserError("The round has not started yet.");
    const durations = session.phaseDurations as PhaseDurations;
    const now = new Date();
    const moved = [];
    for (const table of session.tables.filter((t) => t.phase !== "debrief")) {
      moved.push(await moveTable(tx, table, "debrief", durations, "teacher_end", { teacherId, clientId }, now));
    }
    return finish(tx, sessionId, moved, now);
  });
}

/**
 * Advances a table whose deadline has passed. Safe to call from any process, any number of
 * times: the row is re-read under the session lock and only a still-passed deadline moves it.
 */
export async function advanceIfDue(db: Db, tableId: string, now = new Date()): Promise<PhaseChange | null> {
  const found = await db.sessionTable.findUnique({ where: { id: tableId }, select: { sessionId: true } });
  if (!found) return null;
  return db.$transaction(async (tx) => {
    await lockSession(tx, found.sessionId);
    const table = await tx.sessionTable.findUniqueOrThrow({ where: { id: tableId }, include: { session: { select: { phaseDurations: true } } } });
    if (!table.phaseEndsAt || table.phaseEndsAt > now || table.pausedRemainingMs !== null) return null;
    const durations = table.session.phaseDurations as PhaseDurations;
    const moved = await moveTable(tx, table, nextPhase(table.phase, durations), durations, "deadline", {}, now);
    return finish(tx, table.sessionId, [moved], now);
  });
}

/** Every running deadline, for the clock to schedule when the server starts. */
export function listDeadlines(db: Db) {
  return db.sessionTable.findMany({
    where: { phaseEndsAt: { not: null }, pausedRemainingMs: null },
    select: { id: true, phaseEndsAt: true },
  });
}
