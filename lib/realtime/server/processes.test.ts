// Summit as two processes on one database: two Socket.IO servers, each with its own database
// pool and Socket.IO's PostgreSQL adapter, as `--workers 2` runs them. Students connect to
// either; what one process commits must reach the other's students, and the work only one
// process may do (a deadline, the computer's answer) must happen once.
import { createServer } from "node:http";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, createDb, type Db } from "@/lib/db";
import type { TestDatabase } from "@/lib/testing/test-database";
import type { SummitEvent } from "@/lib/domain/events";
import { COMPREHENSIVE_DEAL } from "@/lib/scenario/hanoi/terms";
import { createRealtime, type Realtime } from "./index";
import {
  collect,
  id,
  join,
  newSession,
  open,
  openDatabase,
  request,
  SECRET,
  teacherCookie,
  until,
} from "@/lib/testing/test-harness";

type Process = { db: Db; pool: pg.Pool; realtime: Realtime; url: string };

let database: TestDatabase;
const processes: Process[] = [];

async function startProcess(url: string): Promise<Process> {
  const db = createDb(url, 5);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const http = createServer();
  const realtime = await createRealtime(http, { db, secret: SECRET, log: () => {}, botDelayMs: 20, adapterPool: pool });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const address = http.address();
  const process = {
    db,
    pool,
    realtime,
    url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`,
  };
  processes.push(process);
  return process;
}

/** Both adapters have heard each other's heartbeat: broadcasts now cross. */
const connected = (...running: Process[]) =>
  until(
    async () =>
      (await Promise.all(running.map((p) => p.realtime.io.of("/").adapter.serverCount()))).every(
        (n) => n === running.length,
      ),
    10_000,
  );

beforeAll(async () => {
  ({ database } = await openDatabase().then(async ({ db, database }) => (await closeDb(db), { database })));
});
afterAll(async () => {
  for (const { realtime, db, pool } of processes) {
    await realtime.close();
    await closeDb(db);
    await pool.end();
  }
  await database.drop();
});

describe("two processes on one database", () => {
  it("a message sent through one reaches a student connected to the other, once", async () => {
    const [a, b] = [await startProcess(database.url), await startProcess(database.url)] as const;
    await connected(a, b);
    const { teacher, session, code } = await newSession(a.db);
    const [ana, ben] = [await join(a.db, code, "Ana"), await join(a.db, code, "Ben")];
    const teacherSocket = await open(a.url, await teacherCookie(teacher), { as: "teacher", sessionId: session.id });
    expect(await request(teacherSocket, "clock:control", { clientId: id(), action: "start" })).toHaveProperty("data");
    const anaSocket = await open(a.url, ana.cookie, { as: "student" });
    const benSocket = await open(b.url, ben.cookie, { as: "student" });
    const benSaw = collect(benSocket);
    const teacherSaw = collect(teacherSocket);

    const sent = await request<SummitEvent>(anaSocket, "chat:send", {
      clientId: id(),
      text: "Hello from process A",
      channel: "floor",
    });
    expect(sent).toHaveProperty("data.seq");
    const reply = await request<SummitEvent>(benSocket, "chat:send", {
      clientId: id(),
      text: "Hello back from B",
      channel: "floor",
    });
    expect(reply).toHaveProperty("data.seq");
    await until(() => benSaw.some((e) => e.kind === "message" && e.payload.text === "Hello from process A"));
    await until(() => teacherSaw.some((e) => e.kind === "message" && e.payload.text === "Hello back from B"));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(benSaw.filter((e) => e.kind === "message" && e.payload.text === "Hello from process A")).toHaveLength(1);
    [teacherSocket, anaSocket, benSocket].forEach((socket) => socket.close());
  });

  it("a deadline that passes while both wait for it advances the table once", async () => {
    const [a] = processes as [Process, Process];
    const { teacher, session, code } = await newSession(a.db);
    await a.db.session.update({
      where: { id: session.id },
      data: { phaseDurations: { reading: 0, opening: 0, negotiation: 3, final_proposals: 600, signing: 0 } },
    });
    const student = await join(a.db, code, "Chloé");
    const teacherSocket = await open(a.url, await teacherCookie(teacher), { as: "teacher", sessionId: session.id });
    expect(await request(teacherSocket, "clock:control", { clientId: id(), action: "start" })).toHaveProperty("data");
    // A third process starting now arms the stored deadline too: two timers wait for it.
    const c = await startProcess(database.url);
    const studentSocket = await open(c.url, student.cookie, { as: "student" });
    const seen = collect(studentSocket);
    await until(() => seen.some((e) => e.kind === "phase" && e.payload.reason === "deadline"), 10_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const advanced = await a.db.event.count({
      where: { sessionId: session.id, kind: "phase", payload: { path: ["reason"], equals: "deadline" } },
    });
    expect(advanced).toBe(1);
    expect(seen.filter((e) => e.kind === "phase" && e.payload.reason === "deadline")).toHaveLength(1);
    const table = await a.db.sessionTable.findFirstOrThrow({ where: { sessionId: session.id } });
    expect(table.phase).toBe("final_proposals");
    [teacherSocket, studentSocket].forEach((socket) => socket.close());
  });

  it("the computer answers a proposal once, even when both processes react to it", async () => {
    const [a, b] = processes as [Process, Process];
    const { teacher, session, code } = await newSession(a.db);
    const [uma, dae] = [await join(a.db, code, "Uma"), await join(a.db, code, "Dae")];
    const teacherSocket = await open(a.url, await teacherCookie(teacher), { as: "teacher", sessionId: session.id });
    expect(
      await request(teacherSocket, "bot:add", { clientId: id(), tableId: uma.seat.tableId, delegation: "CHINA" }),
    ).toHaveProperty("data");
    expect(await request(teacherSocket, "clock:control", { clientId: id(), action: "start" })).toHaveProperty("data");
    const umaSocket = await open(a.url, uma.cookie, { as: "student" });
    const daeSocket = await open(b.url, dae.cookie, { as: "student" });
    const daeSaw = collect(daeSocket);

    const proposed = await request<SummitEvent>(umaSocket, "deal:propose", {
      clientId: id(),
      terms: COMPREHENSIVE_DEAL,
    });
    if (!("data" in proposed)) throw new Error(proposed.error);
    // Process B sees the proposal through the adapter; make it react as the proposer's process did.
    await until(() => daeSaw.some((e) => e.kind === "proposal"));
    b.realtime.publish(session.id, [proposed.data]);
    await until(() => daeSaw.some((e) => e.kind === "response" && e.delegation === "CHINA"), 10_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(
      await a.db.proposalResponse.count({ where: { proposal: { sessionId: session.id }, delegation: "CHINA" } }),
    ).toBe(1);
    expect(await a.db.event.count({ where: { sessionId: session.id, kind: "message", delegation: "CHINA" } })).toBe(1);
    [teacherSocket, umaSocket, daeSocket].forEach((socket) => socket.close());
  });
});
