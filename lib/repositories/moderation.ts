import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import type { SummitEvent } from "@/lib/realtime/events";
import { appendEvent, isUniqueViolation, type Tx } from "./events";
import { writeOnce } from "./once";

type Teacher = { sessionId: string; teacherId: string };
type Moderation = Extract<SummitEvent, { kind: "moderation" }>["payload"];

function record(tx: Tx, teacher: Teacher, clientId: string, payload: Moderation) {
  return appendEvent(tx, { sessionId: teacher.sessionId, kind: "moderation", teacherId: teacher.teacherId, clientId, payload });
}

async function student(tx: Tx, sessionId: string, participantId: string) {
  const found = await tx.participant.findFirst({ where: { id: participantId, sessionId, kickedAt: null } });
  if (!found) throw new UserError("There is no such student in this session.");
  return found;
}

/** Removes a student: their token stops working (a new nonce) and they cannot come back with it. */
export function kickStudent(db: Db, teacher: Teacher, input: { clientId: string; participantId: string }) {
  return writeOnce(db, { sessionId: teacher.sessionId, clientId: input.clientId, author: teacher, kinds: ["moderation"] }, async (tx) => {
    const found = await student(tx, teacher.sessionId, input.participantId);
    await tx.participant.update({ where: { id: found.id }, data: { kickedAt: new Date(), tokenNonce: randomBytes(12).toString("base64url"), resumeCode: null } });
    return [
      await record(tx, teacher, input.clientId, { action: "kick", participantId: found.id, name: found.displayName }),
    ];
  });
}

export function renameStudent(db: Db, teacher: Teacher, input: { clientId: string; participantId: string; name: string }) {
  return writeOnce(db, { sessionId: teacher.sessionId, clientId: input.clientId, author: teacher, kinds: ["moderation"] }, async (tx) => {
    const found = await student(tx, teacher.sessionId, input.participantId);
    try {
      await tx.participant.update({ where: { id: found.id }, data: { displayName: input.name, nameKey: input.name.toLocaleLowerCase() } });
    } catch (error) {
      if (isUniqueViolation(error)) throw new UserError("Someone in this session already uses that name.");
      throw error;
    }
    return [
      await record(tx, teacher, input.clientId, { action: "rename", participantId: found.id, name: input.name, previous: found.displayName }),
    ];
  });
}

/** Mutes a student for some minutes; 0 lifts the mute. */
export function muteStudent(db: Db, teacher: Teacher, input: { clientId: string; participantId: string; minutes: number }) {
  return writeOnce(db, { sessionId: teacher.sessionId, clientId: input.clientId, author: teacher, kinds: ["moderation"] }, async (tx) => {
    const found = await student(tx, teacher.sessionId, input.participantId);
    const until = input.minutes > 0 ? new Date(Date.now() + input.minutes * 60_000) : null;
    await tx.participant.update({ where: { id: found.id }, data: { mutedUntil: until } });
    return [
      await record(tx, teacher, input.clientId, { action: "mute", participantId: found.id, name: found.displayName, until: until?.toISOString() ?? null }),
    ];
  });
}

export function lockJoining(db: Db, teacher: Teacher, input: { clientId: string; locked: boolean }) {
  return writeOnce(db, { sessionId: teacher.sessionId, clientId: input.clientId, author: teacher, kinds: ["moderation"] }, async (tx) => {
    await tx.session.update({ where: { id: teacher.sessionId }, data: { joinLocked: input.locked } });
    return [
      await record(tx, teacher, input.clientId, { action: "lock", locked: input.locked }),
    ];
  });
}

/** The teacher tunes the criteria weights for this session's next scores; the red line holds regardless. */
export function setWeights(db: Db, teacher: Teacher, input: { clientId: string; weights: Record<string, number> }) {
  return writeOnce(db, { sessionId: teacher.sessionId, clientId: input.clientId, author: teacher, kinds: ["moderation"] }, async (tx) => {
    await tx.session.update({ where: { id: teacher.sessionId }, data: { weights: input.weights } });
    return [await record(tx, teacher, input.clientId, { action: "weights", weights: input.weights })];
  });
}
