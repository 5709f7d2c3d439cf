import type { z } from "zod";
import type { SummitEvent } from "@/lib/domain/events";
import {
  kickStudent,
  lockJoining,
  muteStudent,
  readmitStudent,
  renameStudent,
  setWeights,
} from "@/lib/repositories/moderation";
import { controlClock } from "@/lib/repositories/rounds";
import { addComputer, moveStudent, setTableCount } from "@/lib/repositories/seats";
import { rooms } from "@/lib/domain/channels";
import {
  addComputerSchema,
  clockSchema,
  kickSchema,
  lockSchema,
  moveSchema,
  muteSchema,
  readmitSchema,
  renameSchema,
  tablesSchema,
  weightsSchema,
} from "@/lib/validations/realtime";
import { onRequest, requireTeacher, type Handler, type RealtimeContext } from "../context";
import type { ClientToServerEvents } from "@/lib/realtime/events";

type Teacher = { sessionId: string; teacherId: string };
type Written = { event: SummitEvent; fresh: SummitEvent[] };

// Students whose seat changed or who were removed reconnect, and the handshake reads their new
// seat (or refuses them) from the database.
function reseat(context: RealtimeContext, events: SummitEvent[]) {
  for (const event of events) {
    const who = event.kind === "seat" ? event.author : null;
    const moved = who && "participantId" in who ? who.participantId : null;
    const kicked = event.kind === "moderation" && event.payload.action === "kick" ? event.payload.participantId : null;
    const id = moved ?? kicked;
    if (id) context.io.in(rooms.participant(id)).disconnectSockets(true);
  }
}

function teacherAction<S extends z.ZodType>(
  name: keyof ClientToServerEvents,
  schema: S,
  run: (context: RealtimeContext, teacher: Teacher, input: z.infer<S>) => Promise<Written>,
): Handler {
  return (socket, context) =>
    onRequest(socket, context, name, schema, async (input, data) => {
      const teacher = requireTeacher(data);
      const { event, fresh } = await run(context, teacher, input);
      context.publish(teacher.sessionId, fresh);
      reseat(context, fresh);
      return event;
    });
}

const clock: Handler = (socket, context) =>
  onRequest(socket, context, "clock:control", clockSchema, async (input, data) => {
    const teacher = requireTeacher(data);
    const change = await controlClock(context.db, teacher.sessionId, teacher.teacherId, input, teacher.name);
    context.publish(teacher.sessionId, change.events);
    context.clock.track(change.tables);
    return change.tables;
  });

export const teacherHandlers: Handler[] = [
  clock,
  teacherAction("seat:move", moveSchema, (c, t, input) => moveStudent(c.db, t, input)),
  teacherAction("tables:set", tablesSchema, (c, t, input) => setTableCount(c.db, t, input)),
  teacherAction("student:kick", kickSchema, (c, t, input) => kickStudent(c.db, t, input)),
  teacherAction("student:readmit", readmitSchema, (c, t, input) => readmitStudent(c.db, t, input)),
  teacherAction("student:rename", renameSchema, (c, t, input) => renameStudent(c.db, t, input)),
  teacherAction("student:mute", muteSchema, (c, t, input) => muteStudent(c.db, t, input)),
  teacherAction("session:lock", lockSchema, (c, t, input) => lockJoining(c.db, t, input)),
  teacherAction("bot:add", addComputerSchema, (c, t, input) => addComputer(c.db, t, input)),
  teacherAction("session:weights", weightsSchema, (c, t, input) =>
    setWeights(c.db, t, { clientId: input.clientId, weights: input.weights as Record<string, number> }),
  ),
];
