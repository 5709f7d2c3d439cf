import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import type { ParticipantClaims } from "@/lib/auth/participant-token";
import type { Delegation, SummitEvent } from "@/lib/domain/events";
import { roleIds, roleRefusal, type Role } from "@/lib/domain/names";
import { FLOOR } from "@/lib/domain/channels";
import { chooseSeat, MAX_PER_DELEGATION, type TableCounts } from "@/lib/domain/placement";
import type { JoinInput } from "@/lib/validations/session";
import { appendEvent, isUniqueViolation, lockSession, type Tx } from "./events";
import { scenarioFor } from "./scenarios";
import { tableCounts } from "./seats";

export type Seat = {
  participantId: string;
  sessionId: string;
  scenarioId: string;
  name: string;
  tableId: string;
  tableNumber: number;
  delegation: Delegation;
};

/** A session a student may join with this code, or a refusal that says why. */
export async function findJoinableSession(db: Db, code: string) {
  const session = await db.session.findUnique({
    where: { joinCode: code },
    select: { id: true, title: true, status: true, joinLocked: true, assignmentMode: true, scenarioId: true },
  });
  if (!session) throw new UserError("No session has that code. Check it with your teacher.");
  if (session.status === "ended" || session.status === "archived") throw new UserError("This session has ended.");
  if (session.joinLocked) throw new UserError("Your teacher has closed this session to new students.");
  return session;
}

const RESUME_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/** A code the student can type on another device to take back their seat: XXXX-XXXX. */
export function newResumeCode(): string {
  const chars = Array.from(randomBytes(8), (byte) => RESUME_ALPHABET[byte % RESUME_ALPHABET.length]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

export type SeatChoice = { tableId: string; delegation: Delegation };

/**
 * Seats a new student inside the session's lock, so a class joining at once stays balanced and
 * names stay unique: at the smallest delegation, or where they chose when the teacher lets them.
 */
export async function joinSession(
  db: Db,
  input: JoinInput,
  { choice, returning }: { choice?: SeatChoice | undefined; returning?: ParticipantClaims | null } = {},
): Promise<{ seat: Seat; claims: ParticipantClaims; event: SummitEvent | null }> {
  const session = await findJoinableSession(db, input.code);
  try {
    return await db.$transaction(async (tx) => {
      await lockSession(tx, session.id);
      if (returning?.sid === session.id) {
        const back = await comeBack(tx, returning.pid, session.scenarioId);
        if (back) return back;
      }
      const nameKey = input.name.toLocaleLowerCase();
      const taken = await tx.participant.findUnique({
        where: { sessionId_nameKey: { sessionId: session.id, nameKey } },
        select: { id: true },
      });
      if (taken)
        throw new UserError("Someone in this session already uses that name. Add an initial or choose another.");
      const { roles } = await scenarioFor(tx, session.scenarioId);
      const tables = await tableCounts(tx, session.id, roleIds(roles));
      if (session.assignmentMode === "choice" && !choice)
        throw new UserError("Choose your delegation: tap one of the seats listed.");
      const seat =
        session.assignmentMode === "choice" && choice
          ? await checkChoice(tx, tables, choice, roles)
          : chooseSeat(tables, roleIds(roles));
      // The emptiest seat is full: so is every table.
      if ((tables.find((t) => t.tableId === seat.tableId)?.counts[seat.delegation] ?? 0) >= MAX_PER_DELEGATION) {
        throw new UserError(
          `This session is full (${MAX_PER_DELEGATION} students per delegation at every table): ask your teacher to add a table.`,
        );
      }
      const tableNumber = tables.find((t) => t.tableId === seat.tableId)?.number ?? 1;
      const participant = await tx.participant.create({
        data: {
          sessionId: session.id,
          tableId: seat.tableId,
          delegation: seat.delegation,
          displayName: input.name,
          nameKey,
          tokenNonce: randomBytes(12).toString("base64url"),
          resumeCode: newResumeCode(),
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
        seat: {
          participantId: participant.id,
          sessionId: session.id,
          scenarioId: session.scenarioId,
          name: input.name,
          tableId: seat.tableId,
          tableNumber,
          delegation: seat.delegation,
        },
        claims: { pid: participant.id, sid: session.id, n: participant.tokenNonce },
        event,
      };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new UserError("Someone in this session already uses that name. Add an initial or choose another.");
    throw error;
  }
}

/**
 * A browser that already holds a seat in this session gets that seat back, not a second one; one
 * whose student was removed is refused until the teacher lets them back in.
 */
async function comeBack(tx: Tx, participantId: string, scenarioId: string) {
  const earlier = await tx.participant.findUnique({
    where: { id: participantId },
    include: { table: { select: { number: true } } },
  });
  if (earlier?.kickedAt)
    throw new UserError("Your teacher removed you from this session. Ask your teacher to let you back in.");
  if (!earlier?.tableId || !earlier.delegation || !earlier.table || earlier.isComputer) return null;
  const seat = {
    participantId: earlier.id,
    sessionId: earlier.sessionId,
    scenarioId,
    name: earlier.displayName,
    tableId: earlier.tableId,
    tableNumber: earlier.table.number,
    delegation: earlier.delegation,
  };
  return { seat, claims: { pid: earlier.id, sid: earlier.sessionId, n: earlier.tokenNonce }, event: null };
}

async function checkChoice(tx: Tx, tables: TableCounts[], choice: SeatChoice, roles: Role[]): Promise<SeatChoice> {
  const table = tables.find((t) => t.tableId === choice.tableId);
  if (!table) throw new UserError("That table is not in this session.");
  const notARole = roleRefusal(roles, choice.delegation);
  if (notARole) throw new UserError(notARole);
  if ((table.counts[choice.delegation] ?? 0) >= MAX_PER_DELEGATION)
    throw new UserError("That delegation is full: choose another.");
  const computer = await tx.participant.findFirst({
    where: { tableId: choice.tableId, delegation: choice.delegation, isComputer: true, kickedAt: null },
    select: { id: true },
  });
  if (computer) throw new UserError("The computer plays that delegation: choose another.");
  return choice;
}

/** The claims for the seat behind a resume code, so a student can continue on another device. */
export async function resumeSeat(db: Db, code: string): Promise<ParticipantClaims> {
  const participant = await db.participant.findUnique({
    where: { resumeCode: code },
    include: { session: { select: { status: true } } },
  });
  if (!participant || participant.kickedAt)
    throw new UserError("No seat has that resume code. Check it on your other screen.");
  if (participant.session.status === "ended" || participant.session.status === "archived")
    throw new UserError("This session has ended.");
  return { pid: participant.id, sid: participant.sessionId, n: participant.tokenNonce };
}

/** Why a token no longer seats its student, in words for them. */
export const SEAT_REFUSALS = {
  kicked: "Your teacher removed you from this session.",
  archived:
    "Your teacher has archived this session: the table and its transcript are closed. Ask your teacher for the report.",
  none: "You are not seated in a session: join with your session's code.",
} as const;
export type SeatRefusal = keyof typeof SEAT_REFUSALS;

/** The seat a valid token points at; null when the student was removed, the session archived or the token revoked. */
export async function findSeat(db: Db, claims: ParticipantClaims): Promise<Seat | null> {
  const found = await lookupSeat(db, claims);
  return "seat" in found ? found.seat : null;
}

type SeatRow = {
  sessionId: string;
  displayName: string;
  kickedAt: Date | null;
  tokenNonce: string;
  tableId: string | null;
  delegation: Delegation | null;
  tableNumber: number | null;
  status: string;
  scenarioId: string;
};

/**
 * The seat a token points at, or why it does not seat anyone now. Every socket handshake asks,
 * so it is one statement on the shared pool rather than Prisma's several.
 */
export async function lookupSeat(
  db: Db,
  claims: ParticipantClaims | null,
): Promise<{ seat: Seat } | { refused: SeatRefusal }> {
  if (!claims) return { refused: "none" };
  const { rows } = await db.pool.query<SeatRow>(
    `SELECT p."sessionId", p."displayName", p."kickedAt", p."tokenNonce", p."tableId", p.delegation, t.number AS "tableNumber", s.status, s."scenarioId"
       FROM "Participant" p JOIN "Session" s ON s.id = p."sessionId" LEFT JOIN "SessionTable" t ON t.id = p."tableId"
      WHERE p.id = $1`,
    [claims.pid],
  );
  const participant = rows[0];
  if (!participant || participant.sessionId !== claims.sid) return { refused: "none" };
  if (participant.kickedAt) return { refused: "kicked" };
  if (participant.status === "archived") return { refused: "archived" };
  const { tableId, delegation, tableNumber } = participant;
  if (participant.tokenNonce !== claims.n || !tableId || !delegation || tableNumber === null)
    return { refused: "none" };
  return {
    seat: {
      participantId: claims.pid,
      sessionId: participant.sessionId,
      scenarioId: participant.scenarioId,
      name: participant.displayName,
      tableId,
      tableNumber,
      delegation,
    },
  };
}

/** Everyone who sat in a session, the computer included, in the order they joined. */
export async function listParticipants(db: Db, sessionId: string) {
  const rows = await db.participant.findMany({ where: { sessionId }, orderBy: { joinedAt: "asc" } });
  return rows;
}

/** The teacher's grade and comment for one of their students; false when no student of theirs has that id. */
export async function assessStudent(
  db: Db,
  teacherId: string,
  input: { participantId: string; grade: string | null; comment: string | null },
) {
  const { count } = await db.participant.updateMany({
    where: { id: input.participantId, session: { teacherId } },
    data: { grade: input.grade, comment: input.comment },
  });
  return count > 0;
}
