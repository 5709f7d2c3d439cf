import { z } from "zod";
import type { Snapshot } from "@/lib/realtime/events";
import { BRIEFS, PAYOFFS } from "@/lib/scenario/hanoi/briefs";
import { listEvents } from "@/lib/repositories/events";
import { toTableState } from "@/lib/repositories/sessions";
import { channelsFor } from "@/lib/session/channels";
import type { PhaseDurations } from "@/lib/session/phases";
import { debriefOf } from "@/lib/repositories/outcomes";
import { DELEGATIONS } from "@/lib/realtime/events";
import { syncSchema } from "@/lib/validations/realtime";
import { onRequest, type Handler } from "../context";

/** Everything a screen needs to draw itself, plus the events after the last one it saw. */
const sync: Handler = (socket, context) =>
  onRequest(socket, context, "session:sync", syncSchema, async ({ after }, data): Promise<Snapshot> => {
    const session = await context.db.session.findUniqueOrThrow({
      where: { id: data.sessionId },
      include: { tables: { orderBy: { number: "asc" } }, teacher: { select: { name: true } } },
    });
    const student = data.role === "student" ? data : null;
    const tables = session.tables.filter((t) => !student || t.id === student.tableId).map(toTableState);
    const audience = student ? { tableId: student.tableId, channels: channelsFor(student.delegation) } : ("teacher" as const);
    // Read now, not from the handshake: the teacher may have renamed the student since.
    const seated = student ? await context.db.participant.findUnique({ where: { id: student.participantId }, select: { displayName: true, resumeCode: true } }) : null;
    // Briefs and payoffs are private: a student receives only their own delegation's, until
    // their table reaches the debrief, when every payoff is revealed.
    const revealed = !student || tables[0]?.phase === "debrief";
    const briefs = revealed
      ? Object.fromEntries(DELEGATIONS.map((d) => [d, { brief: BRIEFS[d], payoffs: PAYOFFS[d] }]))
      : { [student.delegation]: { brief: BRIEFS[student.delegation], payoffs: PAYOFFS[student.delegation] } };
    return {
      me: student
        ? { role: "student", participantId: student.participantId, name: seated?.displayName ?? student.name, delegation: student.delegation, tableId: student.tableId, tableNumber: student.tableNumber }
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
      debrief: await debriefOf(context.db, session.id, student ? tables[0]?.phase === "debrief" : true),
      events: await listEvents(context.db, session.id, after, audience),
      serverNow: Date.now(),
    };
  });

const clock: Handler = (socket, context) => onRequest(socket, context, "clock:ping", z.unknown(), async () => ({ serverNow: Date.now() }));

export const sessionHandlers = [sync, clock];
