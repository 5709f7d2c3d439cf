// The end-to-end server. With DATABASE_URL set (CI), it runs on a new, empty database of its own,
// dropped when Playwright stops it: state kept in the shared database (sign-up limits per address,
// accounts) must not carry from one run into the next. Without DATABASE_URL the server starts its
// embedded PostgreSQL on a fresh data folder (SUMMIT_DATA_DIR, emptied by the caller).
import { spawn } from "node:child_process";
import { createTestDatabase } from "@/lib/testing/test-database";

const database = process.env.DATABASE_URL ? await createTestDatabase() : null;
const server = spawn(process.execPath, ["dist/server.mjs"], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production", ...(database && { DATABASE_URL: database.url }) },
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  if (server.exitCode === null) await new Promise((resolve) => server.once("exit", resolve));
  await database?.drop().catch((error) => console.error("[e2e] could not drop the test database", error));
  process.exit(code);
}

process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
server.on("exit", (code) => void stop(code ?? 1));
