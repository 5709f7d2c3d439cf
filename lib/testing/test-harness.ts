// Shared by the realtime tests: a real PostgreSQL database, the real Socket.IO server on a free
// port, and real socket.io-client connections carrying the same cookies a browser would.
import { createServer, type Server as HttpServer } from "node:http";
import { afterAll, beforeAll } from "vitest";
import { encode } from "next-auth/jwt";
import { io as connect, type Socket } from "socket.io-client";
import { createParticipantToken, PARTICIPANT_COOKIE } from "@/lib/auth/participant-token";
import { closeDb, createDb, type Db } from "@/lib/db";
import { applyMigrations } from "@/lib/db/migrations";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import type { SummitEvent } from "@/lib/domain/events";
import type { ClientToServerEvents, Reply, ServerToClientEvents } from "@/lib/realtime/events";
import { joinSession } from "@/lib/repositories/participants";
import { createSession } from "@/lib/repositories/sessions";
import { createTeacher } from "@/lib/repositories/teachers";
import { DEFAULT_SCENARIO_ID } from "@/lib/scenario/registry";
import { joinSchema } from "@/lib/validations/session";
import { createRealtime, type Realtime } from "@/lib/realtime/server";

export const SECRET = "test-secret-with-enough-length";
export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

export async function openDatabase(): Promise<{ db: Db; database: TestDatabase }> {
  const database = await createTestDatabase();
  await applyMigrations(database.url);
  return { db: createDb(database.url), database };
}

export type Running = { url: string; realtime: Realtime; http: HttpServer; close: () => Promise<void> };

/** A fresh database and a running server for one test file, both gone after it. */
export function serverForThisFile(deps: Partial<Parameters<typeof createRealtime>[1]> = {}): {
  readonly db: Db;
  readonly server: Running;
} {
  const state = {} as { db: Db; server: Running; database: TestDatabase };
  beforeAll(async () => {
    ({ db: state.db, database: state.database } = await openDatabase());
    state.server = await startServer(state.db, undefined, deps);
  });
  afterAll(async () => {
    await state.server?.close();
    if (state.db) await closeDb(state.db);
    await state.database?.drop();
  });
  return state;
}

export async function startServer(
  db: Db,
  publishToo?: (r: Realtime) => void,
  deps: Partial<Parameters<typeof createRealtime>[1]> = {},
): Promise<Running> {
  const http = createServer();
  const realtime = await createRealtime(http, { db, secret: SECRET, log: () => {}, botDelayMs: 20, ...deps });
  publishToo?.(realtime);
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const address = http.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, realtime, http, close: () => realtime.close() };
}

let counter = 0;
/** A teacher and a session; `scenario` is a built-in's id or makes one for the teacher (an upload). */
export async function newSession(
  db: Db,
  minutes = 10,
  scenario: string | ((teacherId: string) => Promise<string>) = DEFAULT_SCENARIO_ID,
) {
  counter += 1;
  const teacher = await createTeacher(db, {
    name: "T",
    email: `t${counter}-${Date.now()}@example.test`,
    password: "password123",
  });
  const session = await createSession(db, teacher.id, {
    title: `Class ${counter}`,
    scenarioId: typeof scenario === "string" ? scenario : await scenario(teacher.id),
    negotiationMinutes: minutes,
  });
  return { teacher, session, code: session.joinCode as string };
}

export async function join(db: Db, code: string, name: string) {
  // Through the same schema the join form uses, so names are trimmed as in the app.
  const joined = await joinSession(db, joinSchema.parse({ code, name }));
  return { ...joined, cookie: `${PARTICIPANT_COOKIE}=${createParticipantToken(joined.claims, SECRET)}` };
}

export async function teacherCookie(teacher: { id: string; name: string }): Promise<string> {
  const token = await encode({ token: { sub: teacher.id, name: teacher.name }, secret: SECRET });
  return `next-auth.session-token=${token}`;
}

/** Connects like a browser would; resolves once the handshake is accepted, rejects with its refusal. */
export function open(
  url: string,
  cookie: string,
  auth: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Client> {
  const socket: Client = connect(url, {
    transports: ["websocket"],
    extraHeaders: { cookie, ...headers },
    auth,
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", (error) => {
      socket.close();
      reject(error);
    });
  });
}

export function request<T>(socket: Client, event: keyof ClientToServerEvents, payload: unknown): Promise<Reply<T>> {
  return (socket.timeout(5000) as unknown as { emitWithAck: (e: string, p: unknown) => Promise<Reply<T>> }).emitWithAck(
    event,
    payload,
  );
}

/** Collects every event:new a socket receives. */
export function collect(socket: Client): SummitEvent[] {
  const received: SummitEvent[] = [];
  socket.on("event:new", (event) => received.push(event));
  return received;
}

export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const id = () => crypto.randomUUID();
