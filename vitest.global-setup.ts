import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "./lib/db/embedded";

// Tests that touch data need a real PostgreSQL. Without DATABASE_URL one embedded server is
// started for the whole run; each test file then creates its own database on it.
export default async function setup() {
  if (process.env.DATABASE_URL) return;
  const dir = await mkdtemp(path.join(os.tmpdir(), "summit-test-pg-"));
  await chmod(dir, 0o755); // as root, PostgreSQL runs as its own user and must reach its data
  const server = await startEmbeddedPostgres(path.join(dir, "data"), "postgres");
  process.env.DATABASE_URL = server.url;
  return async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
