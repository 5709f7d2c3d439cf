// One student floods, the rest of the server should not notice. Seats a class over several
// sessions, runs the same steady chat as bench:realtime in every session but the flooder's, twice
// — quiet, then while one student of the first session sends 1,000 messages a second for 5 s —
// and prints the other sessions' ack p95 both times, their ratio, and what the flooder was told.
//
//   npm run bench:flood [students]        (default 198, in sessions of 33)
//
// Environment (optional): BENCH_WINDOW_S=20 measured seconds, BENCH_WARMUP_S=5, FLOOD_RATE=1000
// messages a second, FLOOD_S=5 seconds of flood, at the start of the measured window.
import { randomBytes, randomUUID } from "node:crypto";
import path from "node:path";
import { io } from "socket.io-client";
import type { SummitEvent } from "@/lib/domain/events";
import type { Reply } from "@/lib/realtime/events";
import { createTeacher } from "@/lib/repositories/teachers";
import { setUpClass, type Student } from "./realtime-class";
import { runLoad, type LoadOptions } from "./realtime-load";
import { bundle, startServer } from "./realtime-servers";
import { bundleFolder, createCleanup, openBenchDatabase } from "./setup";

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const students = Number(process.argv[2] ?? 198);
const floodRate = env("FLOOD_RATE", 1000);
const floodMs = env("FLOOD_S", 5) * 1000;
const options: LoadOptions = {
  connectPerSecond: 100,
  warmupMs: env("BENCH_WARMUP_S", 5) * 1000,
  windowMs: env("BENCH_WINDOW_S", 20) * 1000,
  periodMs: 10_000,
  ackTimeoutMs: 10_000,
  lostAfterMs: 5_000,
};
const SESSION_SIZE = 33;

function p95(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] ?? null;
}
const ms = (value: number | null) => (value === null ? "–" : `${value.toFixed(1)} ms`);

/** One student sending as fast as asked; counts what the server answered. */
async function flood(url: string, student: Student, startInMs: number) {
  const socket = io(url, {
    transports: ["websocket"],
    auth: { as: "student" },
    extraHeaders: { cookie: student.cookie },
    forceNew: true,
    reconnection: false,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  const answers = new Map<string, number>();
  await new Promise((resolve) => setTimeout(resolve, startInMs));
  const started = performance.now();
  let sent = 0;
  const pending: Promise<void>[] = [];
  while (performance.now() - started < floodMs) {
    const due = Math.floor(((performance.now() - started) / 1000) * floodRate);
    for (; sent < due; sent++) {
      pending.push(
        new Promise<void>((resolve) => {
          socket
            .timeout(10_000)
            .emit(
              "chat:send",
              { clientId: randomUUID(), text: `flood ${sent}` },
              (error: Error | null, reply: Reply<SummitEvent>) => {
                const key = error
                  ? "no answer in 10 s"
                  : "error" in reply
                    ? reply.error.replace(/\d+ seconds?/, "N seconds")
                    : "accepted";
                answers.set(key, (answers.get(key) ?? 0) + 1);
                resolve();
              },
            );
        }),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await Promise.all(pending);
  socket.close();
  return { sent, answers };
}

const cleanup = createCleanup();
try {
  process.setMaxListeners(0);
  const { url: databaseUrl, db } = await openBenchDatabase(cleanup);
  const summit = await bundle(path.join(import.meta.dirname, "realtime-summit.ts"), await bundleFolder(cleanup));
  const secret = randomBytes(32).toString("hex");
  const teacher = await createTeacher(db, {
    name: "Bench Teacher",
    email: `flood-${Date.now()}@example.test`,
    password: "bench-password",
  });
  const setup = await setUpClass(db, teacher, students, { sessionSize: SESSION_SIZE, tableSize: 9 }, secret, "Flood");
  // setUpClass seats sessions in order: the first session's students come first.
  const firstSession = setup.students.slice(0, Math.ceil(students / setup.sessions));
  const flooder = firstSession[0] as Student;
  const others = setup.students
    .slice(firstSession.length)
    .map((s) => ({ table: s.table, auth: { as: "student" }, cookie: s.cookie }));
  console.log(
    `${students} students in ${setup.sessions} sessions; ${others.length} in the other sessions chat once every 10 s each.`,
  );

  const results: { label: string; p95: number | null; failed: number; flood?: Awaited<ReturnType<typeof flood>> }[] =
    [];
  for (const flooding of [false, true]) {
    const server = await startServer("summit", summit, {
      NODE_ENV: "production",
      BENCH_DATABASE_URL: databaseUrl,
      BENCH_SECRET: secret,
    });
    try {
      const target = { name: "summit", url: server.url, serverPid: server.pid, syncOnConnect: true };
      const connectMs = (others.length / options.connectPerSecond) * 1000;
      const [load, flooded] = await Promise.all([
        runLoad(target, others, options),
        flooding ? flood(server.url, flooder, connectMs + options.warmupMs) : undefined,
      ]);
      const failed = [...load.failures.values()].reduce((a, b) => a + b, 0);
      results.push({
        label: flooding ? "one student floods" : "quiet",
        p95: p95(load.ackMs),
        failed,
        ...(flooded ? { flood: flooded } : {}),
      });
    } finally {
      await server.stop();
    }
  }
  const [quiet, flooded] = results as [(typeof results)[0], (typeof results)[0]];
  console.log(
    `\nOther sessions' ack p95 over ${options.windowMs / 1000} s (the flood: ${floodRate}/s for ${floodMs / 1000} s at its start)`,
  );
  for (const r of results) console.log(`  ${r.label.padEnd(20)} ${ms(r.p95).padStart(9)}   failed sends: ${r.failed}`);
  const ratio = quiet.p95 && flooded.p95 ? flooded.p95 / quiet.p95 : null;
  console.log(`  ratio: ${ratio === null ? "–" : `${ratio.toFixed(2)}×`} (target: under 2×)`);
  if (flooded.flood) {
    console.log(`The flooder sent ${flooded.flood.sent}; answers:`);
    for (const [answer, n] of flooded.flood.answers) console.log(`  ${String(n).padStart(6)}  ${answer}`);
  }
} catch (error) {
  console.error("The flood benchmark failed:", error);
  process.exitCode = 1;
} finally {
  await cleanup.run();
}
