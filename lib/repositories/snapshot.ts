import type { Db } from "@/lib/db";
import type { Snapshot, Viewer } from "@/lib/domain/events";
import { privateOf } from "@/lib/domain/briefs";
import { roleIds } from "@/lib/domain/names";
import { channelsFor } from "@/lib/domain/channels";
import type { PhaseDurations } from "@/lib/domain/phases";
import { listEvents } from "./events";
import { debriefOf } from "./outcomes";
import { scenarioFor } from "./scenarios";
import { toTableState } from "./sessions";

/**
 * Everything a screen needs to draw itself, plus the events after the last one it saw: what the
 * socket's sync answers.
 */
export async function buildSnapshot(db: Db, who: Viewer, after: number, online: string[] = []): Promise<Snapshot> {
  const session = await db.session.findUniqueOrThrow({
    where: { id: who.sessionId },
    include: { tables: { orderBy: { number: "asc" } }, teacher: { select: { name: true } } },
  });
  const scenario = await scenarioFor(db, session.scenarioId);
  const student = who.role === "student" ? who : null;
  const tables = session.tables.filter((t) => !student || t.id === student.tableId).map(toTableState);
  const audience = student
    ? { tableId: student.tableId, channels: channelsFor(student.delegation, roleIds(scenario.roles)) }
    : ("teacher" as const);
  // Read now, not from the handshake: the teacher may have renamed the student since.
  const seated = student
    ? await db.participant.findUnique({
        where: { id: student.participantId },
        select: { displayName: true, resumeCode: true },
      })
    : null;
  // Briefs and payoffs are private: a student receives only their own delegation's, until
  // their table reaches the debrief, when every payoff is revealed.
  const revealed = !student || tables[0]?.phase === "debrief";
  const briefs = Object.fromEntries(
    roleIds(scenario.roles)
      .filter((d) => revealed || d === student.delegation)
      .map((d) => [d, privateOf(scenario, d)]),
  );
  return {
    me: student
      ? {
          role: "student",
          participantId: student.participantId,
          name: seated?.displayName ?? student.name,
          delegation: student.delegation,
          tableId: student.tableId,
          tableNumber: student.tableNumber,
        }
      : { role: "teacher", teacherId: session.teacherId, name: session.teacher.name },
    session: {
      id: session.id,
      title: session.title,
      status: session.status,
      joinCode: session.joinCode,
      joinLocked: session.joinLocked,
      assignmentMode: session.assignmentMode,
      phaseDurations: session.phaseDurations as PhaseDurations,
      articleUrl: session.articleUrl,
      articleText: session.articleText,
      weights: (session.weights ?? null) as Record<string, number> | null,
    },
    briefs,
    resumeCode: seated?.resumeCode ?? null,
    tables,
    debrief: await debriefOf(db, session.id, student ? tables[0]?.phase === "debrief" : true),
    events: await listEvents(db, session.id, after, audience),
    online: student ? [] : online,
    serverNow: Date.now(),
  };
}
