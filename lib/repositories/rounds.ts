import type { Db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import type { SummitEvent, TableState } from "@/lib/domain/events";
import { type ClockAction, type PhaseDurations, type PhaseName, type PhaseReason } from "@/lib/domain/phases";
import { nextClock, settledOf, type Clock } from "@/lib/domain/clock";
import { appendEvent, findByClientId, lockSession, type Tx } from "./events";
import { OTHER_REQUEST } from "./once";
import { toTableState } from "./sessions";

export type PhaseChange = { sessionId: string; events: SummitEvent[]; tables: TableState[] };

type TableRow = {
  id: string;
  number: number;
  sessionId: string;
  phase: PhaseName;
  phaseEndsAt: Date | null;
  pausedRemainingMs: number | null;
  signedProposalId: string | null;
  walkedAwayAt: Date | null;
};

type Actor = { teacherId?: string; teacherName?: string; clientId?: string };

async function apply(tx: Tx, table: TableRow, clock: Clock, reason: PhaseReason, actor: Actor) {
  const closed =
    clock.phase === "debrief" ? await closeUnsigned(tx, table, reason === "deadline" ? "time" : "teacher") : null;
  if (reason === "reopen") {
    await tx.walkAwayVote.deleteMany({ where: { tableId: table.id } });
    await tx.sessionTable.update({ where: { id: table.id }, data: { walkedAwayAt: null, walkedAwayBy: null } });
  }
  const pausedBy =
    reason === "pause" ? (actor.teacherName ?? null) : clock.pausedRemainingMs !== null ? undefined : null;
  const updated = await tx.sessionTable.update({
    where: { id: table.id },
    data: { ...clock, ...(pausedBy !== undefined ? { pausedBy } : {}) },
  });
  const event = await appendEvent(tx, {
    sessionId: table.sessionId,
    kind: "phase",
    tableId: table.id,
    teacherId: actor.teacherId ?? null,
    clientId: actor.clientId ?? null,
    payload: {
      phase: clock.phase,
      endsAt: clock.phaseEndsAt?.toISOString() ?? null,
      pausedRemainingMs: clock.pausedRemainingMs,
      pausedBy: updated.pausedBy,
      reason,
    },
  });
  return { event, events: closed ? [closed, event] : [event], table: toTableState(updated) };
}

/**
 * A table that reaches the debrief with nothing signed and nobody walked out has no deal: its
 * open deal comes off the table, and the event says whether time ran out or the teacher ended it.
 */
async function closeUnsigned(tx: Tx, table: { id: string; sessionId: string }, cause: "time" | "teacher") {
  const current = await tx.sessionTable.findUniqueOrThrow({
    where: { id: table.id },
    select: { signedProposalId: true, walkedAwayAt: true },
  });
  await tx.walkAwayVote.deleteMany({ where: { tableId: table.id } });
  if (current.signedProposalId || current.walkedAwayAt) return null;
  await tx.proposal.updateMany({ where: { tableId: table.id, status: "open" }, data: { status: "withdrawn" } });
  return appendEvent(tx, {
    sessionId: table.sessionId,
    kind: "walk_away",
    tableId: table.id,
    channel: "floor",
    payload: { automatic: true, cause },
  });
}

/**
 * Stops the clock of a table that has just signed or walked away, inside the same transaction:
 * its screens show the outcome and wait for the debrief. Returns the phase event to publish.
 */
export async function stopClockOnSettle(tx: Tx, tableId: string): Promise<SummitEvent | null> {
  const table = await tx.sessionTable.findUniqueOrThrow({ where: { id: tableId } });
  const clock = nextClock(table, "settled", {} as PhaseDurations, new Date());
  if (typeof clock === "string") return null;
  return (await apply(tx, table, clock, "settled", {})).event;
}

async function finish(
  tx: Tx,
  sessionId: string,
  moved: { event: SummitEvent; events: SummitEvent[]; table: TableState }[],
  now: Date,
): Promise<PhaseChange> {
  const tables = await tx.sessionTable.findMany({ where: { sessionId }, select: { phase: true } });
  const status = tables.every((t) => t.phase === "debrief")
    ? "ended"
    : tables.some((t) => t.phase !== "lobby")
      ? "running"
      : "lobby";
  await tx.session.update({
    where: { id: sessionId },
    data: {
      status,
      endedAt: status === "ended" ? now : null,
      ...(status === "running" && moved.some((m) => m.event.kind === "phase" && m.event.payload.reason === "start")
        ? { startedAt: now }
        : {}),
    },
  });
  return { sessionId, events: moved.flatMap((m) => m.events), tables: moved.map((m) => m.table) };
}

/**
 * The teacher's hand on the clock, for every table or one. Tables the action does not fit are
 * left alone; if it fits none, the reason is the answer. A retried request changes nothing.
 */
export async function controlClock(
  db: Db,
  sessionId: string,
  teacherId: string,
  input: { action: ClockAction; clientId: string; tableId?: string | undefined },
  teacherName?: string,
): Promise<PhaseChange> {
  return db.$transaction(async (tx) => {
    await lockSession(tx, sessionId);
    const session = await tx.session.findUniqueOrThrow({
      where: { id: sessionId },
      include: { tables: { orderBy: { number: "asc" } } },
    });
    const current = () => ({ sessionId, events: [], tables: session.tables.map(toTableState) });
    if (session.status === "archived") throw new UserError("This session is archived: its clock no longer runs.");
    const targets = input.tableId ? session.tables.filter((t) => t.id === input.tableId) : session.tables;
    if (targets.length === 0) throw new UserError("There is no such table in this session.");
    if (input.action === "start" && input.tableId)
      throw new UserError("Start the whole session, then run each table's clock.");
    const durations = session.phaseDurations as PhaseDurations;
    const now = new Date();
    const moved = [];
    let refusal = "";
    // A retry gets the tables as they are now. The first table moved keeps the request's own id
    // (so a copy finds it, and another kind of request cannot reuse it); the others derive theirs.
    const earlier = await findByClientId(tx, sessionId, input.clientId);
    if (earlier) {
      const same =
        earlier.kind === "phase" &&
        earlier.teacherId === teacherId &&
        (earlier.payload as { reason?: string }).reason === input.action;
      if (!same) throw new UserError(OTHER_REQUEST);
      return current();
    }
    for (const table of targets) {
      const clock = nextClock({ ...table, settled: settledOf(table) }, input.action, durations, now);
      const clientId: string = moved.length === 0 ? input.clientId : `${input.clientId}:t${table.number}`;
      if (typeof clock === "string") refusal = clock;
      else moved.push(await apply(tx, table, clock, input.action, { teacherId, teacherName, clientId }));
    }
    if (moved.length === 0) throw new UserError(refusal);
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
    const table = await tx.sessionTable.findUniqueOrThrow({
      where: { id: tableId },
      include: { session: { select: { phaseDurations: true } } },
    });
    if (!table.phaseEndsAt || table.phaseEndsAt > now || table.pausedRemainingMs !== null) return null;
    const clock = nextClock(
      { ...table, settled: settledOf(table) },
      "deadline",
      table.session.phaseDurations as PhaseDurations,
      now,
    );
    if (typeof clock === "string") return null;
    return finish(tx, table.sessionId, [await apply(tx, table, clock, "deadline", {})], now);
  });
}

/** Every running deadline, for the clock to schedule at start and on each sweep. */
export function listDeadlines(db: Db) {
  return db.sessionTable.findMany({
    where: { phaseEndsAt: { not: null }, pausedRemainingMs: null },
    select: { id: true, phaseEndsAt: true },
  });
}
