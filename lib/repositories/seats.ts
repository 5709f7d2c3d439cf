import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { roleIds, roleNames, roleRefusal } from "@/lib/domain/names";
import type { Delegation, SummitEvent } from "@/lib/domain/events";
import { chooseSeat, MAX_PER_DELEGATION, type TableCounts } from "@/lib/domain/placement";
import { appendEvent, type Tx } from "./events";
import { writeOnce } from "./once";
import { sessionScenario } from "./scenarios";

export { MAX_PER_DELEGATION, suggestTableCount } from "@/lib/domain/placement";
type Teacher = { sessionId: string; teacherId: string };

export type SeatOption = {
  tableId: string;
  tableNumber: number;
  delegation: Delegation;
  /** The delegation's name in the session's scenario. */
  name: string;
  taken: number;
  full: boolean;
  computer: boolean;
};

/** Every seat a student may choose: students per delegation, full ones and those the computer plays marked. */
export async function seatChoices(db: Db, sessionId: string): Promise<SeatOption[]> {
  const { roles } = await sessionScenario(db, sessionId);
  const tables = await db.sessionTable.findMany({
    where: { sessionId },
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      participants: { where: { kickedAt: null }, select: { delegation: true, isComputer: true } },
    },
  });
  return tables.flatMap((table) =>
    roleIds(roles).map((delegation) => {
      const here = table.participants.filter((p) => p.delegation === delegation);
      const taken = here.filter((p) => !p.isComputer).length;
      return {
        tableId: table.id,
        tableNumber: table.number,
        delegation,
        name: roleNames(roles)[delegation] ?? delegation,
        taken,
        full: taken >= MAX_PER_DELEGATION,
        computer: here.some((p) => p.isComputer),
      };
    }),
  );
}

/** Seat counts per table, for placement; kicked students hold no seat. */
export async function tableCounts(
  tx: Tx,
  sessionId: string,
  delegations: readonly Delegation[],
): Promise<TableCounts[]> {
  const tables = await tx.sessionTable.findMany({
    where: { sessionId },
    orderBy: { number: "asc" },
    select: { id: true, number: true, participants: { where: { kickedAt: null }, select: { delegation: true } } },
  });
  return tables.map((table) => ({
    tableId: table.id,
    number: table.number,
    counts: Object.fromEntries(
      delegations.map((d) => [d, table.participants.filter((p) => p.delegation === d).length]),
    ),
  }));
}

export async function seatEvent(
  tx: Tx,
  teacher: Teacher,
  participant: { id: string; displayName: string },
  table: { id: string; number: number },
  delegation: Delegation,
  clientId?: string,
) {
  // Session-wide, so the old table's roster and the new one's both learn of the move.
  return appendEvent(tx, {
    sessionId: teacher.sessionId,
    kind: "seat",
    teacherId: teacher.teacherId,
    participantId: participant.id,
    delegation,
    clientId: clientId ?? null,
    payload: { name: participant.displayName, tableId: table.id, tableNumber: table.number, delegation },
  });
}

/** The teacher moves one student to a seat of their choosing. */
export function moveStudent(
  db: Db,
  teacher: Teacher,
  input: { clientId: string; participantId: string; tableId: string; delegation: Delegation },
) {
  return writeOnce(
    db,
    { sessionId: teacher.sessionId, clientId: input.clientId, author: teacher, kinds: ["seat"] },
    async (tx) => {
      const participant = await tx.participant.findFirst({
        where: { id: input.participantId, sessionId: teacher.sessionId, kickedAt: null },
      });
      if (!participant) throw new UserError("There is no such student in this session.");
      const table = await tx.sessionTable.findFirst({ where: { id: input.tableId, sessionId: teacher.sessionId } });
      if (!table) throw new UserError("There is no such table in this session.");
      await tx.participant.update({
        where: { id: participant.id },
        data: { tableId: table.id, delegation: input.delegation },
      });
      return [await seatEvent(tx, teacher, participant, table, input.delegation, input.clientId)];
    },
  );
}

/**
 * Sets the number of tables in the lobby and deals every student out again, in join order, so
 * the tables start balanced. Returns the seat events of those who moved.
 */
export async function setTableCount(db: Db, teacher: Teacher, input: { clientId: string; count: number }) {
  return writeOnce(
    db,
    {
      sessionId: teacher.sessionId,
      clientId: input.clientId,
      author: teacher,
      kinds: ["moderation"],
      action: "tables",
    },
    async (tx) => {
      const session = await tx.session.findUniqueOrThrow({
        where: { id: teacher.sessionId },
        include: { tables: { orderBy: { number: "asc" } } },
      });
      if (session.status !== "lobby") throw new UserError("Tables can be changed only in the lobby, before the start.");
      const students = await tx.participant.findMany({
        where: { sessionId: session.id, kickedAt: null, isComputer: false },
        orderBy: { joinedAt: "asc" },
      });
      for (let number = session.tables.length + 1; number <= input.count; number++)
        await tx.sessionTable.create({ data: { sessionId: session.id, number } });
      // Students are dealt again; the computer keeps its delegation, and leaves with a removed table.
      await tx.participant.updateMany({
        where: { sessionId: session.id, isComputer: false },
        data: { tableId: null, delegation: null },
      });
      const removed = session.tables.filter((t) => t.number > input.count).map((t) => t.id);
      const stranded = await tx.participant.findMany({
        where: { tableId: { in: removed }, isComputer: true, kickedAt: null },
      });
      await tx.participant.updateMany({
        where: { id: { in: stranded.map((c) => c.id) } },
        data: { kickedAt: new Date(), tableId: null },
      });
      // Events of removed tables (their joins) move to table 1 rather than vanish with the table.
      const first = session.tables.find((t) => t.number === 1);
      if (first && removed.length > 0)
        await tx.event.updateMany({ where: { tableId: { in: removed } }, data: { tableId: first.id } });
      await tx.sessionTable.deleteMany({ where: { id: { in: removed } } });
      const delegations = roleIds((await sessionScenario(tx, session.id)).roles);
      const tables = await tableCounts(tx, session.id, delegations);
      const events: SummitEvent[] = [
        await appendEvent(tx, {
          sessionId: session.id,
          kind: "moderation",
          teacherId: teacher.teacherId,
          clientId: input.clientId,
          payload: { action: "tables", count: input.count },
        }),
      ];
      for (const computer of stranded) {
        const payload = { action: "kick" as const, participantId: computer.id, name: computer.displayName };
        events.push(
          await appendEvent(tx, { sessionId: session.id, kind: "moderation", teacherId: teacher.teacherId, payload }),
        );
      }
      for (const student of students) {
        const seat = chooseSeat(tables, delegations);
        const table = tables.find((t) => t.tableId === seat.tableId) as TableCounts;
        table.counts[seat.delegation] = (table.counts[seat.delegation] ?? 0) + 1;
        await tx.participant.update({
          where: { id: student.id },
          data: { tableId: seat.tableId, delegation: seat.delegation },
        });
        if (student.tableId !== seat.tableId || student.delegation !== seat.delegation) {
          events.push(
            await seatEvent(tx, teacher, student, { id: table.tableId, number: table.number }, seat.delegation),
          );
        }
      }
      return events;
    },
  );
}

/** Lets the computer play a delegation at a table; its name always says it is the computer. */
export function addComputer(
  db: Db,
  teacher: Teacher,
  input: { clientId: string; tableId: string; delegation: Delegation },
) {
  return writeOnce(
    db,
    { sessionId: teacher.sessionId, clientId: input.clientId, author: teacher, kinds: ["join"] },
    async (tx) => {
      const table = await tx.sessionTable.findFirst({ where: { id: input.tableId, sessionId: teacher.sessionId } });
      if (!table) throw new UserError("There is no such table in this session.");
      const { roles } = await sessionScenario(tx, teacher.sessionId);
      const notARole = roleRefusal(roles, input.delegation);
      if (notARole) throw new UserError(notARole);
      const existing = await tx.participant.findFirst({
        where: { tableId: table.id, delegation: input.delegation, isComputer: true, kickedAt: null },
      });
      if (existing) throw new UserError("The computer already plays this delegation at this table.");
      const name = `${roleNames(roles)[input.delegation]} (computer, table ${table.number})`;
      const participant = await tx.participant.create({
        data: {
          sessionId: teacher.sessionId,
          tableId: table.id,
          delegation: input.delegation,
          displayName: name,
          nameKey: name.toLocaleLowerCase(),
          isComputer: true,
          tokenNonce: randomBytes(12).toString("base64url"),
        },
      });
      return [
        await appendEvent(tx, {
          sessionId: teacher.sessionId,
          kind: "join",
          tableId: table.id,
          channel: "floor",
          participantId: participant.id,
          // The teacher asked for it: their retry finds it as theirs.
          teacherId: teacher.teacherId,
          delegation: input.delegation,
          clientId: input.clientId,
          payload: { name, delegation: input.delegation, tableNumber: table.number, computer: true },
        }),
      ];
    },
  );
}
