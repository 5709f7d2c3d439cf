import { z } from "zod";
import { buildSnapshot } from "@/lib/repositories/snapshot";
import { syncSchema } from "@/lib/validations/realtime";
import { onRequest, type Handler } from "../context";
import { onlineIn } from "../presence";

/** Everything a screen needs to draw itself, plus the events after the last one it saw. */
const sync: Handler = (socket, context) =>
  onRequest(socket, context, "session:sync", syncSchema, async ({ after }, data) =>
    buildSnapshot(context.db, data, after, data.role === "teacher" ? await onlineIn(context.io, data.sessionId) : []),
  );

const clock: Handler = (socket, context) =>
  onRequest(socket, context, "clock:ping", z.unknown(), async () => ({ serverNow: Date.now() }));

export const sessionHandlers = [sync, clock];
