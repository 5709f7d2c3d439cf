import { z } from "zod";
import { sendAsTeacher, sendMessage } from "@/lib/repositories/messages";
import { chatSendSchema, teacherChatSchema } from "@/lib/validations/realtime";
import { onRequest, parseOrRefuse, type Handler } from "../context";

// One event for both roles; each role has its own payload shape, chosen from the handshake.
const chatPayload = z.unknown();

export const chat: Handler = (socket, context) =>
  onRequest(socket, context, "chat:send", chatPayload, async (payload, data) => {
    if (data.role === "student") {
      const input = parseOrRefuse(chatSendSchema, payload);
      const { event, fresh } = await sendMessage(context.db, data, input);
      context.publish(data.sessionId, fresh);
      return event;
    }
    const input = parseOrRefuse(teacherChatSchema, payload);
    const { event, fresh } = await sendAsTeacher(context.db, data, input);
    context.publish(data.sessionId, fresh);
    return event;
  });
