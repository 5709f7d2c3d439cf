// Child process of lib/bench/realtime.ts: Summit's realtime server alone, as startServer in
// lib/realtime/server/test-harness.ts builds it. The benchmark bundles this file with esbuild
// and runs it with plain node, as production runs compiled JavaScript.
// Environment: BENCH_DATABASE_URL, BENCH_SECRET; BENCH_SHARED=1 when it is one of several
// processes (broadcasts then go through @socket.io/postgres-adapter, as with --workers).
// Prints "port <n>" on stdout once listening.
import { createServer } from "node:http";
import pg from "pg";
import { closeDb, createDb } from "@/lib/db";
import { createRealtime } from "@/lib/realtime/server";

const url = process.env.BENCH_DATABASE_URL;
const secret = process.env.BENCH_SECRET;
if (!url || !secret) throw new Error("BENCH_DATABASE_URL and BENCH_SECRET must be set");

/** One line per logged error, so the benchmark can count them and show the first few. */
function log(message: string, error?: unknown) {
  const detail =
    error instanceof Error ? (error.stack ?? error.message).split("\n").slice(0, 3).join(" | ") : String(error ?? "");
  console.error(`[realtime] ${message}${detail ? `: ${detail}` : ""}`);
}

const db = createDb(url);
const adapterPool = process.env.BENCH_SHARED === "1" ? new pg.Pool({ connectionString: url, max: 4 }) : undefined;
const http = createServer();
const realtime = await createRealtime(http, { db, secret, log, ...(adapterPool ? { adapterPool } : {}) });
await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
const address = http.address();
console.log(`port ${typeof address === "object" && address ? address.port : 0}`);

process.once("SIGTERM", () => {
  void realtime
    .close()
    .then(() => Promise.all([closeDb(db), adapterPool?.end()]))
    .finally(() => process.exit(0));
});
