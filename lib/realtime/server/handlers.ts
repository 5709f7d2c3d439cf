import { z } from "zod";
import type { Snapshot } from "@/lib/realtime/events";
import { listEvents } from "@/lib/repositories/events";
import { sendMessage } from "@/lib/repositories/messages";
import { proposeDeal, respondToDeal } from "@/lib/repositories/proposals";
import { endRound, startRound } from "@/lib/repositories/rounds";
import { toTableState } from "@/lib/repositories/sessions";
import { channelsFor } from "@/lib/session/channels";
import { chatSendSchema, proposeSchema, respondSchema, syncSchema, teacherActionSchema } from "@/lib/validations/realtime";
import { onRequest, requireStudent, requireTeacher, type Handler } from "./context";

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
    return {
      me: student
        ? { role: "student", participantId: student.participantId, name: student.name, delegation: student.delegation, tableId: student.tableId, tableNumber: student.tableNumber }
        : { role: "teacher", teacherId: session.teacherId, name: session.teacher.name },
      session: { id: session.id, title: session.title, status: session.status, joinCode: session.joinCode },
      tables,
      events: await listEvents(context.db, session.id, after, audience),
      serverNow: Date.now(),
    };
  });

const clock: Handler = (socket, context) =>
  onRequest(socket, context, "clock:ping", z.unknown(), async () => ({ serverNow: Date.now() }));

const chat: Handler = (socket, context) =>
  onRequest(socket, context, "chat:send", chatSendSchema, async (input, data) => {
    const student = requireStudent(data);
    const { event, fresh } = await sendMessage(context.db, student, input);
    context.publish(student.sessionId, fresh);
    return event;
  });

const deals: Handler = (socket, context) => {
  onRequest(socket, context, "deal:propose", proposeSchema, async (input, data) => {
    const student = requireStudent(data);
    const { event, fresh } = await proposeDeal(context.db, student, input);
    context.publish(student.sessionId, fresh);
    return event;
  });
  onRequest(socket, context, "deal:respond", respondSchema, async (input, data) => {
    const student = requireStudent(data);
    const { event, fresh } = await respondToDeal(context.db, student, input);
    context.publish(student.sessionId, fresh);
    return event;
  });
};

const rounds: Handler = (socket, context) => {
  for (const [name, action] of [
    ["round:start", startRound],
    ["round:end", endRound],
  ] as const) {
    onRequest(socket, context, name, teacherActionSchema, async ({ clientId }, data) => {
      const teacher = requireTeacher(data);
      const change = await action(context.db, teacher.sessionId, teacher.teacherId, clientId);
      context.publish(teacher.sessionId, change.events);
      context.clock.track(change.tables);
      return change.tables;
    });
  }
};

export const handlers: Handler[] = [sync, clock, chat, deals, rounds];
