import type { Server as HttpServer } from "node:http";
import { createAdapter } from "@socket.io/postgres-adapter";
import type pg from "pg";
import { Server } from "socket.io";
import type { Db } from "@/lib/db";
import { roomsFor, rooms } from "@/lib/domain/channels";
import { createBotRunner } from "@/lib/bots/runner";
import { createSocketLimits, type SocketLimits } from "@/lib/limits";
import { identify } from "./auth";
import { createPhaseClock } from "./clock";
import type { Log, RealtimeContext, SummitServer } from "./context";
import { handlers } from "./handlers";
import { refuseOrigin } from "@/lib/net/origin";
import { createPresence } from "./presence";

export type Realtime = { io: SummitServer; publish: RealtimeContext["publish"]; close: () => Promise<void> };

const defaultLog: Log = (message, error) => console.error(`[realtime] ${message}`, error ?? "");

/**
 * Socket.IO for Summit on an existing HTTP server. Tests start it on a free port with their own
 * database; server.ts starts it next to Next.
 */
type Deps = {
  db: Db;
  secret: string;
  log?: Log;
  botDelayMs?: number;
  /** Fair-share limits; tests that send hundreds of requests from one student pass their own. */
  limits?: SocketLimits;
  /** Origins besides the request's own that may open a socket: the app's public address (NEXTAUTH_URL) and configured extras. */
  allowedOrigins?: string[];
  trustProxy?: boolean;
  /** When Summit runs as several processes: Socket.IO's PostgreSQL adapter carries broadcasts between them. */
  adapterPool?: pg.Pool;
};

export async function createRealtime(httpServer: HttpServer, deps: Deps): Promise<Realtime> {
  const log = deps.log ?? defaultLog;
  const io: SummitServer = new Server(httpServer, {
    serveClient: false,
    // Above any payload Summit takes, so an oversized one is refused with words by its schema;
    // only a flood past this closes the connection.
    maxHttpBufferSize: 1024 * 1024,
    // Before any cookie is read: a page of another origin cannot speak with a user's cookies.
    allowRequest: (request, callback) => {
      const refused = refuseOrigin(request, deps.allowedOrigins ?? [], deps.trustProxy ?? false);
      callback(refused, refused === null);
    },
  });

  if (deps.adapterPool) io.adapter(createAdapter(deps.adapterPool, { errorHandler: (error) => log("adapter", error) }));

  const publish: RealtimeContext["publish"] = (sessionId, events) => {
    for (const event of events) io.to(roomsFor(event, sessionId)).emit("event:new", event);
    bots.onEvents(sessionId, events);
  };
  const bots = createBotRunner({ db: deps.db, secret: deps.secret, publish, log, delayMs: deps.botDelayMs ?? 1500 });
  const clock = createPhaseClock(deps.db, (change) => publish(change.sessionId, change.events), log);
  const context: RealtimeContext = {
    db: deps.db,
    io,
    clock,
    log,
    publish,
    limits: deps.limits ?? createSocketLimits(),
  };
  const presence = createPresence(io, log);

  io.use((socket, next) => {
    identify(socket, deps.db, deps.secret)
      .then((data) => {
        if (typeof data === "string") return next(new Error(data));
        socket.data = data;
        next();
      })
      .catch((error: unknown) => {
        log("handshake failed", error);
        next(new Error("The server could not check who you are; try again."));
      });
  });

  io.on("connection", (socket) => {
    const data = socket.data;
    void socket.join(rooms.session(data.sessionId));
    if (data.role === "teacher") void socket.join(rooms.teachers(data.sessionId));
    else {
      void socket.join([
        rooms.participant(data.participantId),
        rooms.table(data.tableId),
        rooms.delegation(data.tableId, data.delegation),
      ]);
      presence.changed(data.sessionId);
      socket.on("disconnect", () => presence.changed(data.sessionId));
    }
    for (const register of handlers) register(socket, context);
  });

  await clock.resume();
  return {
    io,
    publish,
    close: async () => {
      clock.stop();
      bots.stop();
      presence.stop();
      await io.close();
    },
  };
}
