import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import type { Delegation, EventKind, EventPayloads, SummitEvent } from "@/lib/domain/events";

export type Tx = Prisma.TransactionClient;

const withAuthor = { participant: { select: { displayName: true } } } as const;
type EventRow = Prisma.EventGetPayload<{ include: typeof withAuthor }>;

export function toEventDto(row: EventRow): SummitEvent {
  const author = row.participantId
    ? { participantId: row.participantId, name: row.participant?.displayName ?? "Someone who left" }
    : row.teacherId
      ? { teacher: true as const }
      : null;
  return {
    seq: row.seq,
    id: row.id,
    kind: row.kind,
    tableId: row.tableId,
    channel: row.channel,
    delegation: row.delegation,
    author,
    clientId: row.clientId,
    payload: row.payload,
    at: row.createdAt.toISOString(),
  } as SummitEvent;
}

export type NewEvent<K extends EventKind> = {
  sessionId: string;
  kind: K;
  payload: EventPayloads[K];
  tableId?: string | null;
  channel?: string | null;
  participantId?: string | null;
  teacherId?: string | null;
  delegation?: Delegation | null;
  clientId?: string | null;
};

/** The fields of an event a student's request writes: who, where, and the request's id. */
export function spoken(
  speaker: { sessionId: string; participantId: string; tableId: string; delegation: Delegation },
  clientId: string,
) {
  return {
    sessionId: speaker.sessionId,
    tableId: speaker.tableId,
    participantId: speaker.participantId,
    delegation: speaker.delegation,
    clientId,
  };
}

/**
 * Locks the session row for the rest of the transaction and marks the session's state as changing.
 * Everything that writes in a transaction locks first, so events are numbered in commit order and
 * a check made after the lock (phase, seats, names) cannot be raced by another writer; a message
 * written meanwhile by the one-statement path (messages.ts) sees the new state version and retries.
 */
export async function lockSession(tx: Tx, sessionId: string) {
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`UPDATE "Session" SET "stateVersion" = "stateVersion" + 1 WHERE id = ${sessionId} RETURNING id`;
  if (rows.length === 0) throw new Error(`session ${sessionId} does not exist`);
}

type AppendedRow = { id: string; seq: number; createdAt: Date; displayName: string | null };

/**
 * The one statement that writes an event: it takes the session's next sequence number and inserts
 * the event together, so the number is never handed out without its event. `stateVersion`, when
 * given, must still be the session's: otherwise nothing is written and null comes back.
 */
export function appendSql<K extends EventKind>(event: NewEvent<K>, stateVersion?: number) {
  const guard = stateVersion === undefined ? Prisma.sql`` : Prisma.sql` AND "stateVersion" = ${stateVersion}`;
  return Prisma.sql`
    WITH bump AS (
      UPDATE "Session" SET "lastSeq" = "lastSeq" + 1 WHERE id = ${event.sessionId}${guard} RETURNING "lastSeq"
    ), inserted AS (
      INSERT INTO "Event" (id, "sessionId", seq, kind, payload, "tableId", channel, "participantId", "teacherId", delegation, "clientId")
      SELECT ${randomUUID()}, ${event.sessionId}, bump."lastSeq", ${event.kind}::"EventKind", ${JSON.stringify(event.payload)}::jsonb,
             ${event.tableId ?? null}, ${event.channel ?? null}, ${event.participantId ?? null}, ${event.teacherId ?? null},
             ${event.delegation ?? null}::text, ${event.clientId ?? null}
      FROM bump
      RETURNING id, seq, "createdAt", "participantId"
    )
    SELECT inserted.id, inserted.seq, inserted."createdAt", p."displayName"
    FROM inserted LEFT JOIN "Participant" p ON p.id = inserted."participantId"`;
}

export function appendedEvent<K extends EventKind>(event: NewEvent<K>, row: AppendedRow): SummitEvent {
  const author = event.participantId
    ? { participantId: event.participantId, name: row.displayName ?? "Someone who left" }
    : event.teacherId
      ? { teacher: true as const }
      : null;
  return {
    seq: row.seq,
    id: row.id,
    kind: event.kind,
    tableId: event.tableId ?? null,
    channel: event.channel ?? null,
    delegation: event.delegation ?? null,
    author,
    clientId: event.clientId ?? null,
    payload: event.payload,
    at: row.createdAt.toISOString(),
  } as SummitEvent;
}

/** Writes one event with the session's next sequence number, in one statement; call inside a transaction. */
export async function appendEvent<K extends EventKind>(tx: Tx, event: NewEvent<K>): Promise<SummitEvent> {
  const [row] = await tx.$queryRaw<AppendedRow[]>(appendSql(event));
  if (!row) throw new Error(`session ${event.sessionId} does not exist`);
  return appendedEvent(event, row);
}

/** The event a client already wrote with this id, if any: how a retry finds its first answer. */
export async function findByClientId(db: Db | Tx, sessionId: string, clientId: string): Promise<EventRow | null> {
  return db.event.findUnique({ where: { sessionId_clientId: { sessionId, clientId } }, include: withAuthor });
}

export type Audience = { tableId: string; channels: string[] } | "teacher";

/** Events after `after` that this audience may see, in order. */
export async function listEvents(db: Db, sessionId: string, after: number, audience: Audience): Promise<SummitEvent[]> {
  const where: Prisma.EventWhereInput = { sessionId, seq: { gt: after } };
  if (audience !== "teacher") {
    where.AND = [
      { OR: [{ tableId: audience.tableId }, { tableId: null }] },
      { OR: [{ channel: null }, { channel: { in: audience.channels } }] },
    ];
  }
  const rows = await db.event.findMany({ where, orderBy: { seq: "asc" }, include: withAuthor });
  return rows.map(toEventDto);
}

/** A unique constraint refused the write: P2002 from Prisma, 23505 from PostgreSQL directly. */
export function isUniqueViolation(error: unknown): boolean {
  const code =
    typeof error === "object" && error !== null && "code" in error ? (error as { code: unknown }).code : null;
  return code === "P2002" || code === "23505";
}
