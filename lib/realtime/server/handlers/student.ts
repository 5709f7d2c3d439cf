import { publishPosition } from "@/lib/repositories/positions";
import { proposeDeal, respondToDeal } from "@/lib/repositories/proposals";
import { positionSchema, proposeSchema, respondSchema } from "@/lib/validations/realtime";
import { onRequest, requireStudent, type Handler } from "../context";

const positions: Handler = (socket, context) =>
  onRequest(socket, context, "position:publish", positionSchema, async (input, data) => {
    const student = requireStudent(data);
    const { event, fresh } = await publishPosition(context.db, student, input);
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

export const studentHandlers = [positions, deals];
