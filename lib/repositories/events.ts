import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import type { Delegation, EventKind, EventPayloads, SummitEvent } from "@/lib/realtime/events";

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
export function spoken(speaker: { sessionId: string; participantId: string; tableId: string; delegation: Delegation }, clientId: string) {
  return { sessionId: speaker.sessionId, tableId: speaker.tableId, participantId: speaker.participantId, delegation: speaker.delegation, clientId };
}

/**
 * Locks the session row for the rest of the transaction and returns the state checks need.
 * Everything that writes events locks first, so events are numbered in commit order and a
 * check made after the lock (phase, seats, names) cannot be raced by another writer.
 */
export async function lockSession(tx: Tx, sessionId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Session" WHERE id = ${sessionId} FOR UPDATE`;
  if (rows.length === 0) throw new Error(`session ${sessionId} does not exist`);
}

/** Writes one event with the session's next sequence number; call inside a transaction. */
export async function appendEvent<K extends EventKind>(tx: Tx, event: NewEvent<K>): Promise<SummitEvent> {
  const { lastSeq } = await tx.session.update({
    where: { id: event.sessionId },
    data: { lastSeq: { increment: 1 } },
    select: { lastSeq: true },
  });
  const row = await tx.event.create({
    data: {
      sessionId: event.sessionId,
      seq: lastSeq,
      kind: event.kind,
      payload: event.payload as Prisma.InputJsonValue,
      tableId: event.tableId ?? null,
      channel: event.channel ?? null,
      participantId: event.participantId ?? null,
      teacherId: event.teacherId ?? null,
      delegation: event.delegation ?? null,
      clientId: event.clientId ?? null,
    },
    include: withAuthor,
  });
  return toEventDto(row);
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

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
