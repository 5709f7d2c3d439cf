import type { z } from "zod";
import type { ClientToServerEvents, SummitEvent } from "@/lib/realtime/events";
import type { Db } from "@/lib/db";
import type { Speaker } from "@/lib/repositories/messages";
import { publishPosition } from "@/lib/repositories/positions";
import { proposeDeal, respondToDeal, shareDraft, walkAway, withdrawDeal } from "@/lib/repositories/proposals";
import { draftSchema, positionSchema, proposeSchema, respondSchema, walkAwaySchema, withdrawSchema } from "@/lib/validations/realtime";
import { onRequest, requireStudent, type Handler } from "../context";

type Written = { event: SummitEvent; fresh: SummitEvent[] };

/** A request only a seated student may make, for their own seat; what it commits is broadcast. */
function studentAction<S extends z.ZodType>(name: keyof ClientToServerEvents, schema: S, run: (db: Db, student: Speaker, input: z.infer<S>) => Promise<Written>): Handler {
  return (socket, context) =>
    onRequest(socket, context, name, schema, async (input, data) => {
      const student = requireStudent(data);
      const { event, fresh } = await run(context.db, student, input);
      context.publish(student.sessionId, fresh);
      return event;
    });
}

export const studentHandlers: Handler[] = [
  studentAction("position:publish", positionSchema, publishPosition),
  studentAction("deal:propose", proposeSchema, proposeDeal),
  studentAction("deal:respond", respondSchema, respondToDeal),
  studentAction("deal:withdraw", withdrawSchema, withdrawDeal),
  studentAction("deal:walk-away", walkAwaySchema, walkAway),
  studentAction("deal:draft", draftSchema, shareDraft),
];
