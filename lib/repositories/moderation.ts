import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import type { SummitEvent } from "@/lib/domain/events";
import { appendEvent, isUniqueViolation, type Tx } from "./events";
import { writeOnce } from "./once";
import { sessionScenario } from "./scenarios";
import { seatEvent, tableCounts } from "./seats";
import { roleIds, unknownName } from "@/lib/domain/names";
import { chooseSeat } from "@/lib/domain/placement";

type Teacher = { sessionId: string; teacherId: string };
type Moderation = Extract<SummitEvent, { kind: "moderation" }>["payload"];

function record(tx: Tx, teacher: Teacher, clientId: string, payload: Moderation) {
  return appendEvent(tx, {
    sessionId: teacher.sessionId,
    kind: "moderation",
    teacherId: teacher.teacherId,
    clientId,
    payload,
  });
}

/** The retry key of a teacher's moderation request: its client id answers once per action. */
const asModeration = (teacher: Teacher, clientId: string, action: Moderation["action"]) => ({
  sessionId: teacher.sessionId,
  clientId,
  author: teacher,
  kinds: ["moderation" as const],
  action,
});

async function student(tx: Tx, sessionId: string, participantId: string) {
  const found = await tx.participant.findFirst({ where: { id: participantId, sessionId, kickedAt: null } });
  if (!found) throw new UserError("There is no such student in this session.");
  return found;
}

/** Removes a student: their token stops working (a new nonce) and they cannot come back with it. */
export function kickStudent(db: Db, teacher: Teacher, input: { clientId: string; participantId: string }) {
  return writeOnce(db, asModeration(teacher, input.clientId, "kick"), async (tx) => {
    const found = await student(tx, teacher.sessionId, input.participantId);
    await tx.participant.update({
      where: { id: found.id },
      data: { kickedAt: new Date(), tokenNonce: randomBytes(12).toString("base64url"), resumeCode: null },
    });
    return [
      await record(tx, teacher, input.clientId, { action: "kick", participantId: found.id, name: found.displayName }),
    ];
  });
}

/**
 * Lets a removed student back in at the seat they had. Their old token stays revoked: they join
 * again with the session's code from the same browser, and the join finds them let back in.
 */
export function readmitStudent(db: Db, teacher: Teacher, input: { clientId: string; participantId: string }) {
  return writeOnce(db, asModeration(teacher, input.clientId, "readmit"), async (tx) => {
    const found = await tx.participant.findFirst({
      where: { id: input.participantId, sessionId: teacher.sessionId, isComputer: false, kickedAt: { not: null } },
    });
    if (!found) throw new UserError("No removed student has that id in this session.");
    await tx.participant.update({ where: { id: found.id }, data: { kickedAt: null } });
    const events = [
      await record(tx, teacher, input.clientId, {
        action: "readmit",
        participantId: found.id,
        name: found.displayName,
      }),
    ];
    // The tables were dealt again while they were out: they take the emptiest seat.
    if (!found.tableId || !found.delegation) {
      const delegations = roleIds((await sessionScenario(tx, teacher.sessionId)).roles);
      const seat = chooseSeat(await tableCounts(tx, teacher.sessionId, delegations), delegations);
      const table = await tx.sessionTable.findUniqueOrThrow({ where: { id: seat.tableId } });
      await tx.participant.update({
        where: { id: found.id },
        data: { tableId: table.id, delegation: seat.delegation },
      });
      events.push(await seatEvent(tx, teacher, found, table, seat.delegation));
    }
    return events;
  });
}

export function renameStudent(
  db: Db,
  teacher: Teacher,
  input: { clientId: string; participantId: string; name: string },
) {
  return writeOnce(db, asModeration(teacher, input.clientId, "rename"), async (tx) => {
    const found = await student(tx, teacher.sessionId, input.participantId);
    try {
      await tx.participant.update({
        where: { id: found.id },
        data: { displayName: input.name, nameKey: input.name.toLocaleLowerCase() },
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new UserError("Someone in this session already uses that name.");
      throw error;
    }
    return [
      await record(tx, teacher, input.clientId, {
        action: "rename",
        participantId: found.id,
        name: input.name,
        previous: found.displayName,
      }),
    ];
  });
}

/** Mutes a student for some minutes; 0 lifts the mute. */
export function muteStudent(
  db: Db,
  teacher: Teacher,
  input: { clientId: string; participantId: string; minutes: number },
) {
  return writeOnce(db, asModeration(teacher, input.clientId, "mute"), async (tx) => {
    const found = await student(tx, teacher.sessionId, input.participantId);
    const until = input.minutes > 0 ? new Date(Date.now() + input.minutes * 60_000) : null;
    await tx.participant.update({ where: { id: found.id }, data: { mutedUntil: until } });
    return [
      await record(tx, teacher, input.clientId, {
        action: "mute",
        participantId: found.id,
        name: found.displayName,
        until: until?.toISOString() ?? null,
      }),
    ];
  });
}

export function lockJoining(db: Db, teacher: Teacher, input: { clientId: string; locked: boolean }) {
  return writeOnce(db, asModeration(teacher, input.clientId, "lock"), async (tx) => {
    await tx.session.update({ where: { id: teacher.sessionId }, data: { joinLocked: input.locked } });
    return [await record(tx, teacher, input.clientId, { action: "lock", locked: input.locked })];
  });
}

/** The teacher tunes the criteria weights for this session's next scores; the red line holds regardless. */
export async function setWeights(
  db: Db,
  teacher: Teacher,
  input: { clientId: string; weights: Record<string, number> },
) {
  const { criteria } = await sessionScenario(db, teacher.sessionId);
  const unknown = unknownName(
    Object.keys(input.weights),
    criteria.map((c) => c.id),
    "criterion",
  );
  if (unknown) throw new UserError(`A weight names an ${unknown}.`);
  return writeOnce(db, asModeration(teacher, input.clientId, "weights"), async (tx) => {
    await tx.session.update({ where: { id: teacher.sessionId }, data: { weights: input.weights } });
    return [await record(tx, teacher, input.clientId, { action: "weights", weights: input.weights })];
  });
}
