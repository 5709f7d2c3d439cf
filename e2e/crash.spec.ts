// A crash in the middle of a class: the production server on its embedded PostgreSQL, students
// sending acknowledged messages, `kill -9` mid-burst, and a start in the same data folder. The
// start must reclaim the database the crash left running, and nothing acknowledged may be lost,
// doubled or leave a gap. Socket.IO clients stand in for the students' phones.
import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { io as connect, type Socket } from "socket.io-client";
import { createParticipantToken, PARTICIPANT_COOKIE } from "@/lib/auth/participant-token";
import { closeDb, createDb } from "@/lib/db";
import { freePort } from "@/lib/db/embedded";
import type { Snapshot, SummitEvent } from "@/lib/domain/events";
import type { Reply } from "@/lib/realtime/events";
import { joinSession } from "@/lib/repositories/participants";
import { createSession } from "@/lib/repositories/sessions";
import { createTeacher } from "@/lib/repositories/teachers";

const NAMES = ["Ana", "Ben", "Chloé", "Dev", "Eun-ji", "Farid"];
const CRASHES = Number(process.env.CRASHES ?? 1);

type Running = { child: ChildProcess; output: string[]; databasePort: number };

/** Starts `npm start`'s server on its own data folder; resolves once it listens. */
async function start(dataDir: string, port: number): Promise<Running> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    SUMMIT_DATA_DIR: dataDir,
  };
  delete env.DATABASE_URL; // the embedded PostgreSQL is what a crash leaves behind
  delete env.NEXTAUTH_URL;
  delete env.NEXTAUTH_SECRET;
  const child = spawn(process.execPath, ["dist/server.mjs"], { env, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  child.stdout?.on("data", (chunk) => output.push(String(chunk)));
  child.stderr?.on("data", (chunk) => output.push(String(chunk)));
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) => reject(new Error(`the server exited (${code}):\n${output.join("")}`))),
  );
  const listening = new Promise<number>((resolve) => {
    const check = () => {
      const text = output.join("");
      const found = /embedded PostgreSQL on port (\d+)/.exec(text);
      if (text.includes("Summit is running at") && found) resolve(Number(found[1]));
      else setTimeout(check, 100);
    };
    check();
  });
  const databasePort = await Promise.race([listening, exited]);
  return { child, output, databasePort };
}

type Client = Socket;
const open = (url: string, cookie: string, auth: Record<string, unknown>) =>
  new Promise<Client>((resolve, reject) => {
    const socket = connect(url, {
      transports: ["websocket"],
      extraHeaders: { cookie },
      auth,
      reconnection: false,
      forceNew: true,
    });
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
const ask = <T>(socket: Client, event: string, payload: unknown) =>
  socket.timeout(5000).emitWithAck(event, payload) as Promise<Reply<T>>;

test("a kill -9 mid-burst loses no acknowledged message, doubles none, leaves no gap, and the next start comes up", async () => {
  test.setTimeout(120_000 + CRASHES * 60_000);
  const dataDir = await mkdtemp(path.join(tmpdir(), "summit-crash-"));
  await chmod(dataDir, 0o755); // as root, the embedded PostgreSQL runs as another user
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let server = await start(dataDir, port);
  try {
    // The class, written straight into the server's own database with its own secret.
    const password = (await readFile(path.join(dataDir, "postgres.password"), "utf8")).trim();
    const secret = (await readFile(path.join(dataDir, "auth-secret"), "utf8")).trim();
    const db = createDb(
      `postgresql://summit:${encodeURIComponent(password)}@127.0.0.1:${server.databasePort}/summit`,
      2,
    );
    const teacher = await createTeacher(db, {
      name: "Ms Crash",
      email: `crash-${Date.now()}@school.test`,
      password: "correct horse battery",
    });
    const session = await createSession(db, teacher.id, {
      title: "Crash drill",
      scenarioId: "hanoi-2019",
      negotiationMinutes: 30,
    });
    await db.session.update({
      where: { id: session.id },
      data: { phaseDurations: { reading: 0, opening: 0, negotiation: 1800, final_proposals: 0, signing: 0 } },
    });
    const cookies: string[] = [];
    for (const name of NAMES) {
      const joined = await joinSession(db, { code: session.joinCode as string, name });
      cookies.push(`${PARTICIPANT_COOKIE}=${createParticipantToken(joined.claims, secret)}`);
    }
    await closeDb(db);
    const teacherCookie = `next-auth.session-token=${await encode({ token: { sub: teacher.id, name: teacher.name }, secret })}`;
    const teacherSocket = await open(url, teacherCookie, { as: "teacher", sessionId: session.id });
    expect(
      await ask(teacherSocket, "clock:control", { clientId: crypto.randomUUID(), action: "start" }),
    ).toHaveProperty("data");

    // Each round: the students send as fast as the limits allow, keeping what was acknowledged,
    // until the server is killed mid-burst; then it starts again in the same folder, which the
    // crash left held by its PostgreSQL. CRASHES=10 runs ten rounds and prints the count.
    const acknowledged = new Map<string, number>();
    const sent: { clientId: string; text: string; student: number }[] = [];
    let restarts = 0;
    for (let round = 1; round <= CRASHES; round++) {
      const students = await Promise.all(cookies.map((cookie) => open(url, cookie, { as: "student" })));
      let crashed = false;
      const before = acknowledged.size;
      const burst = students.map(async (socket, student) => {
        for (let n = 0; !crashed; n++) {
          const message = { clientId: crypto.randomUUID(), text: `${NAMES[student]} ${round}.${n}`, student };
          sent.push(message);
          const reply = await ask<SummitEvent>(socket, "chat:send", {
            clientId: message.clientId,
            text: message.text,
            channel: "floor",
          }).catch(() => null);
          if (reply && "data" in reply) acknowledged.set(message.clientId, reply.data.seq);
          await new Promise((resolve) => setTimeout(resolve, 150));
        }
      });
      await expect.poll(() => acknowledged.size - before, { timeout: 30_000 }).toBeGreaterThanOrEqual(40);
      server.child.kill("SIGKILL");
      crashed = true;
      await Promise.all(burst);
      for (const socket of students) socket.close();
      server = await start(dataDir, port);
      expect(server.output.join("")).toContain("Stopping the PostgreSQL");
      restarts += 1;
    }
    teacherSocket.close();
    console.log(
      `Restarts after kill -9: ${restarts} of ${CRASHES}; ${acknowledged.size} acknowledged of ${sent.length} sent`,
    );

    // Each phone reconnects and sends again what it never saw acknowledged, with the same ids.
    const again = await Promise.all(cookies.map((cookie) => open(url, cookie, { as: "student" })));
    for (const message of sent.filter((m) => !acknowledged.has(m.clientId))) {
      const reply = await ask<SummitEvent>(again[message.student] as Client, "chat:send", {
        clientId: message.clientId,
        text: message.text,
        channel: "floor",
      });
      if (!("data" in reply)) throw new Error(`resend refused: ${reply.error}`);
    }
    const watcher = await open(url, teacherCookie, { as: "teacher", sessionId: session.id });
    const snapshot = await ask<Snapshot>(watcher, "session:sync", { after: 0 });
    if (!("data" in snapshot)) throw new Error(snapshot.error);
    const events = snapshot.data.events;
    const messages = events.filter((e) => e.kind === "message");

    for (const [clientId, seq] of acknowledged) {
      const copies = messages.filter((e) => e.clientId === clientId);
      expect(copies, `acknowledged message ${clientId}`).toHaveLength(1);
      expect(copies[0]?.seq).toBe(seq);
    }
    expect(messages).toHaveLength(sent.length); // every message once, resent ones included
    const seqs = events.map((e) => e.seq);
    expect(seqs).toEqual(seqs.map((_, index) => index + 1)); // 1, 2, 3… with no gap
    for (const socket of [watcher, ...again]) socket.close();
  } finally {
    server.child.kill("SIGTERM");
    await new Promise((resolve) => server.child.once("exit", resolve));
    await rm(dataDir, { recursive: true, force: true });
  }
});
