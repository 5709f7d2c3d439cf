import type { Server, Socket } from "socket.io";
import type { z } from "zod";
import type { Db } from "@/lib/db";
import { UserError, userMessage } from "@/lib/errors";
import type { SummitEvent } from "@/lib/domain/events";
import type { ClientToServerEvents, Reply, ServerToClientEvents, SocketData } from "@/lib/realtime/events";
import { describeZodError } from "@/lib/validations/realtime";
import type { SocketLimits } from "@/lib/limits";
import type { PhaseClock } from "./clock";

export type SummitServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type SummitSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type Log = (message: string, error?: unknown) => void;

export type RealtimeContext = {
  db: Db;
  limits: SocketLimits;
  io: SummitServer;
  clock: PhaseClock;
  log: Log;
  /** Sends committed events to the rooms that may see them. */
  publish: (sessionId: string, events: SummitEvent[]) => void;
};

export type Handler = (socket: SummitSocket, context: RealtimeContext) => void;

/**
 * Registers a request handler: validates the payload, runs it, and always answers the ack with
 * `{ data }` or `{ error }`. A malformed request or a failure never escapes as a rejection.
 */
export function onRequest<S extends z.ZodType, T>(
  socket: SummitSocket,
  context: RealtimeContext,
  event: keyof ClientToServerEvents,
  schema: S,
  run: (input: z.infer<S>, data: SocketData) => Promise<T>,
): void {
  const listener = async (payload: unknown, ack: unknown) => {
    if (typeof ack !== "function") return; // nobody to answer: every request here expects an ack
    const reply = ack as (reply: Reply<T>) => void;
    try {
      // The limit comes first: a flood is turned away before it costs a parse or a query.
      const data = socket.data;
      await context.limits.check(
        data.role === "student" ? data.participantId : `${data.teacherId}:${data.sessionId}`,
        data.role === "teacher" ? "teacher" : LIMIT_CLASS[event],
      );
      const parsed = schema.safeParse(payload);
      if (!parsed.success) return reply({ error: describeZodError(parsed.error) });
      reply({ data: await run(parsed.data, socket.data) });
    } catch (error) {
      if (!(error instanceof UserError)) context.log(`${event} failed`, error);
      reply({ error: userMessage(error) });
    }
  };
  (socket.on as (name: string, fn: (...args: unknown[]) => void) => void)(event, (payload, ack) => {
    void listener(payload, ack);
  });
}

// Which of a student's limits each request counts against (teachers have one limit of their own).
const LIMIT_CLASS: Record<keyof ClientToServerEvents, "chat" | "move" | "read" | "teacher"> = {
  "session:sync": "read",
  "clock:ping": "read",
  "chat:send": "chat",
  "deal:propose": "move",
  "deal:respond": "move",
  "deal:withdraw": "move",
  "deal:walk-away": "move",
  "deal:stay": "move",
  "deal:draft": "move",
  "position:publish": "move",
  "session:weights": "teacher",
  "bot:add": "teacher",
  "clock:control": "teacher",
  "seat:move": "teacher",
  "tables:set": "teacher",
  "student:kick": "teacher",
  "student:readmit": "teacher",
  "student:rename": "teacher",
  "student:mute": "teacher",
  "session:lock": "teacher",
};

export function requireStudent(data: SocketData) {
  if (data.role !== "student") throw new UserError("Only a seated student can do that.");
  return data;
}

export function requireTeacher(data: SocketData) {
  if (data.role !== "teacher") throw new UserError("Only the session's teacher can do that.");
  return data;
}

/** Validates a payload inside a handler, refusing with the schema's own message. */
export function parseOrRefuse<S extends z.ZodType>(schema: S, payload: unknown): z.infer<S> {
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new UserError(describeZodError(parsed.error));
  return parsed.data;
}
