import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import type { ParticipantClaims } from "@/lib/auth/participant-token";
import { DELEGATIONS, type Delegation, type SummitEvent } from "@/lib/realtime/events";
import { FLOOR } from "@/lib/session/channels";
import { chooseSeat } from "@/lib/session/placement";
import type { JoinInput } from "@/lib/validations/session";
import { appendEvent, isUniqueViolation, lockSession } from "./events";

export type Seat = {
  participantId: string;
  sessionId: string;
  name: string;
  tableId: string;
  tableNumber: number;
  delegation: Delegation;
};

/** A session a student may join with this code, or a refusal that says why. */
export async function findJoinableSession(db: Db, code: string) {
  const session = await db.session.findUnique({ where: { joinCode: code }, select: { id: true, title: true, status: true, joinLocked: true } });
  if (!session) throw new UserError("No session has that code. Check it with your teacher.");
  if (session.status === "ended" || session.status === "archived") throw new UserError("This session has ended.");
  if (session.joinLocked) throw new UserError("Your teacher has closed this session to new students.");
  return session;
}

/**
 * Seats a new student at the smallest delegation, inside the session's lock so that a class
 * joining at once is still balanced and names stay unique.
 */
export async function joinSession(db: Db, input: JoinInput): Promise<{ seat: Seat; claims: ParticipantClaims; event: SummitEvent }> {
  const session = await findJoinableSession(db, input.code);
  try {
    return await db.$transaction(async (tx) => {
      await lockSession(tx, session.id);
      const nameKey = input.name.toLocaleLowerCase();
      const taken = await tx.participant.findUnique({ where: { sessionId_nameKey: { sessionId: session.id, nameKey } }, select: { id: true } });
      if (taken) throw new UserError("Someone in this session already uses that name. Add an initial or choose another.");
      const tables = await tx.sessionTable.findMany({
        where: { sessionId: session.id },
        select: { id: true, number: true, participants: { where: { kickedAt: null }, select: { delegation: true } } },
      });
      const seat = chooseSeat(
        tables.map((table) => ({
          tableId: table.id,
          number: table.number,
          counts: Object.fromEntries(
            DELEGATIONS.map((d) => [d, table.participants.filter((p) => p.delegation === d).length]),
          ) as Record<Delegation, number>,
        })),
      );
      const tableNumber = tables.find((t) => t.id === seat.tableId)?.number ?? 1;
      const participant = await tx.participant.create({
        data: {
          sessionId: session.id,
          tableId: seat.tableId,
          delegation: seat.delegation,
          displayName: input.name,
          nameKey,
          tokenNonce: randomBytes(12).toString("base64url"),
        },
      });
      const event = await appendEvent(tx, {
        sessionId: session.id,
        kind: "join",
        tableId: seat.tableId,
        channel: FLOOR,
        participantId: participant.id,
        delegation: seat.delegation,
        payload: { name: input.name, delegation: seat.delegation, tableNumber },
      });
      return {
        seat: { participantId: participant.id, sessionId: session.id, name: input.name, tableId: seat.tableId, tableNumber, delegation: seat.delegation },
        claims: { pid: participant.id, sid: session.id, n: participant.tokenNonce },
        event,
      };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserError("Someone in this session already uses that name. Add an initial or choose another.");
    throw error;
  }
}

/** The seat a valid token points at; null when the student was removed or the token revoked. */
export async function findSeat(db: Db, claims: ParticipantClaims): Promise<Seat | null> {
  const participant = await db.participant.findUnique({ where: { id: claims.pid }, include: { table: { select: { number: true } } } });
  if (!participant || participant.sessionId !== claims.sid || participant.tokenNonce !== claims.n) return null;
  if (participant.kickedAt || !participant.tableId || !participant.delegation || !participant.table) return null;
  return {
    participantId: participant.id,
    sessionId: participant.sessionId,
    name: participant.displayName,
    tableId: participant.tableId,
    tableNumber: participant.table.number,
    delegation: participant.delegation,
  };
}
