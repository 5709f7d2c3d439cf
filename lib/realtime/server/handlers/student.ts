import type { z } from "zod";
import type { SummitEvent } from "@/lib/domain/events";
import type { ClientToServerEvents } from "@/lib/realtime/events";
import type { Db } from "@/lib/db";
import type { Speaker } from "@/lib/repositories/messages";
import { publishPosition } from "@/lib/repositories/positions";
import {
  proposeDeal,
  respondToDeal,
  shareDraft,
  stayAtTable,
  voteWalkAway,
  withdrawDeal,
} from "@/lib/repositories/proposals";
import { rooms } from "@/lib/domain/channels";
import {
  draftSchema,
  positionSchema,
  proposeSchema,
  respondSchema,
  staySchema,
  walkAwaySchema,
  withdrawSchema,
} from "@/lib/validations/realtime";
import { onRequest, requireStudent, type Handler, type RealtimeContext } from "../context";

type Written = { event: SummitEvent; fresh: SummitEvent[] };

/** A request only a seated student may make, for their own seat; what it commits is broadcast. */
function studentAction<S extends z.ZodType>(
  name: keyof ClientToServerEvents,
  schema: S,
  run: (db: Db, student: Speaker, input: z.infer<S>, context: RealtimeContext) => Promise<Written>,
): Handler {
  return (socket, context) =>
    onRequest(socket, context, name, schema, async (input, data) => {
      const student = requireStudent(data);
      const { event, fresh } = await run(context.db, student, input, context);
      context.publish(student.sessionId, fresh);
      return event;
    });
}

export const studentHandlers: Handler[] = [
  studentAction("position:publish", positionSchema, publishPosition),
  studentAction("deal:propose", proposeSchema, proposeDeal),
  studentAction("deal:respond", respondSchema, respondToDeal),
  studentAction("deal:withdraw", withdrawSchema, withdrawDeal),
  studentAction("deal:walk-away", walkAwaySchema, async (db, student, input, context) =>
    voteWalkAway(db, student, input, await presentIn(context, student)),
  ),
  studentAction("deal:stay", staySchema, stayAtTable),
  studentAction("deal:draft", draftSchema, shareDraft),
];

/** How many members of the student's delegation at their table are connected right now (any process). */
async function presentIn(context: RealtimeContext, student: Speaker): Promise<number> {
  const sockets = await context.io.in(rooms.delegation(student.tableId, student.delegation)).fetchSockets();
  return new Set(sockets.map((s) => (s.data.role === "student" ? s.data.participantId : null)).filter(Boolean)).size;
}
