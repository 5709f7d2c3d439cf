import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";

/** Ends students' access after class: their tokens stop working once the session is archived. */
export async function archiveSession(db: Db, teacherId: string, sessionId: string): Promise<boolean> {
  const { count } = await db.session.updateMany({ where: { id: sessionId, teacherId }, data: { status: "archived" } });
  return count === 1;
}

const NAMED_KINDS = ["join", "seat", "moderation"] as const;

/**
 * Replaces every student's name with "Student N", in the roster and inside the events that carry
 * a name, and removes resume codes. What was said stays, and so do the teacher's grades and
 * comments; who said it no longer reads as a person.
 */
export async function anonymiseSession(db: Db, teacherId: string, sessionId: string): Promise<boolean> {
  const session = await db.session.findFirst({ where: { id: sessionId, teacherId }, select: { id: true } });
  if (!session) return false;
  await db.$transaction(async (tx) => {
    const students = await tx.participant.findMany({ where: { sessionId }, orderBy: { joinedAt: "asc" } });
    const alias = new Map(students.map((s, i) => [s.id, s.isComputer ? s.displayName : `Student ${i + 1}`]));
    const byName = new Map(students.map((s) => [s.displayName, alias.get(s.id) ?? s.displayName]));
    for (const s of students) {
      const name = alias.get(s.id) ?? s.displayName;
      await tx.participant.update({
        where: { id: s.id },
        data: { displayName: name, nameKey: `${name.toLocaleLowerCase()}#${s.id}`, resumeCode: null },
      });
    }
    const events = await tx.event.findMany({
      where: { sessionId, kind: { in: [...NAMED_KINDS] } },
      select: { id: true, payload: true },
    });
    for (const event of events) {
      const payload = { ...(event.payload as Record<string, unknown>) };
      for (const key of ["name", "previous"])
        if (typeof payload[key] === "string") payload[key] = byName.get(payload[key] as string) ?? "Student";
      await tx.event.update({ where: { id: event.id }, data: { payload: payload as Prisma.InputJsonValue } });
    }
  });
  return true;
}

/** Deletes the sessions whose retention period has passed since they ended; returns how many. */
export async function applyRetention(db: Db, now = new Date()): Promise<number> {
  const due = await db.session.findMany({
    where: { retentionDays: { not: null }, endedAt: { not: null } },
    select: { id: true, endedAt: true, retentionDays: true },
  });
  const expired = due
    .filter(
      (s) =>
        s.endedAt && s.retentionDays !== null && s.endedAt.getTime() + s.retentionDays * 86_400_000 <= now.getTime(),
    )
    .map((s) => s.id);
  if (expired.length === 0) return 0;
  const { count } = await db.session.deleteMany({ where: { id: { in: expired } } });
  return count;
}

export async function setRetention(
  db: Db,
  teacherId: string,
  sessionId: string,
  days: number | null,
): Promise<boolean> {
  const { count } = await db.session.updateMany({ where: { id: sessionId, teacherId }, data: { retentionDays: days } });
  return count === 1;
}
