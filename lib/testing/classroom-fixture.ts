// A started (or waiting) class for the socket tests: a session with its tables and durations,
// students seated the way the join form seats them, and every screen connected and listening.
import type { Db } from "@/lib/db";
import type { Snapshot, SummitEvent, TableState } from "@/lib/domain/events";
import type { Reply } from "@/lib/realtime/events";
import type { ClockAction, PhaseDurations } from "@/lib/domain/phases";
import {
  collect,
  id,
  join,
  newSession,
  open,
  request,
  teacherCookie,
  until,
  type Client,
  type Running,
} from "@/lib/testing/test-harness";

export const NEGOTIATION_ONLY: PhaseDurations = {
  reading: 0,
  opening: 0,
  negotiation: 600,
  final_proposals: 0,
  signing: 0,
};

export type Member = Awaited<ReturnType<typeof join>> & { socket: Client; seen: SummitEvent[] };

type Options = {
  names: string[];
  tables?: number;
  durations?: Partial<PhaseDurations>;
  start?: boolean;
  scenario?: Parameters<typeof newSession>[2];
};

export async function classroom(db: Db, server: Running, options: Options) {
  const { teacher, session, code } = await newSession(db, 10, options.scenario);
  for (let number = 2; number <= (options.tables ?? 1); number++)
    await db.sessionTable.create({ data: { sessionId: session.id, number } });
  await db.session.update({
    where: { id: session.id },
    data: { phaseDurations: { ...NEGOTIATION_ONLY, ...options.durations } },
  });
  const joined = [];
  for (const name of options.names) joined.push(await join(db, code, name));
  const teacherSocket = await open(server.url, await teacherCookie(teacher), { as: "teacher", sessionId: session.id });
  const teacherSeen = collect(teacherSocket);
  if (options.start !== false) data(await control(teacherSocket, "start"));
  const members: Member[] = [];
  for (const seated of joined) {
    const socket = await open(server.url, seated.cookie, { as: "student" });
    members.push({ ...seated, socket, seen: collect(socket) });
  }
  const tables = await db.sessionTable.findMany({ where: { sessionId: session.id }, orderBy: { number: "asc" } });
  const member = (name: string): Member => {
    const found = members.find((m) => m.seat.name === name);
    if (!found) throw new Error(`no student called ${name}`);
    return found;
  };
  return {
    teacher,
    session,
    code,
    teacherSocket,
    teacherSeen,
    members,
    tables,
    member,
    close: () => [teacherSocket, ...members.map((m) => m.socket)].forEach((s) => s.close()),
  };
}

/** The first two items, failing the test when there are fewer. */
export function firstTwo<T>(items: T[]): [T, T] {
  const [first, second] = items;
  if (first === undefined || second === undefined) throw new Error(`expected two, got ${items.length}`);
  return [first, second];
}

/** The data of an accepted request; a refusal fails the test with the server's message. */
export function data<T>(reply: Reply<T>): T {
  if ("error" in reply) throw new Error(`refused: ${reply.error}`);
  return reply.data;
}

export const control = (socket: Client, action: ClockAction, tableId?: string, clientId = id()) =>
  request<TableState[]>(socket, "clock:control", { clientId, action, ...(tableId ? { tableId } : {}) });

export const say = (socket: Client, text: string, channel = "floor") =>
  request<SummitEvent>(socket, "chat:send", { clientId: id(), text, channel });

export const sync = async (socket: Client, after = 0) =>
  data(await request<Snapshot>(socket, "session:sync", { after }));

export const textsOf = (events: SummitEvent[]) =>
  events.flatMap((e) => (e.kind === "message" || e.kind === "announcement" ? [e.payload.text] : []));

/**
 * Waits until every listener has seen a fresh announcement. Socket.IO keeps each connection's
 * order, so anything published before it has arrived too, and anything missing never will.
 */
export async function barrier(teacherSocket: Client, listeners: SummitEvent[][]) {
  const text = `barrier ${id()}`;
  data(await request(teacherSocket, "chat:send", { clientId: id(), text }));
  await until(() => listeners.every((seen) => seen.some((e) => e.kind === "announcement" && e.payload.text === text)));
}

/** Resolves when the server closes this socket. */
export const closedByServer = (socket: Client) =>
  new Promise<string>((resolve) =>
    socket.disconnected ? resolve("already") : socket.once("disconnect", (reason) => resolve(reason)),
  );
