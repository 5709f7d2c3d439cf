import { randomBytes } from "node:crypto";
import { mkdtemp, chmod } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded";

// Tests run against a real PostgreSQL: the server named by DATABASE_URL (CI uses Debian's),
// or else an embedded one started once per test process.
let embedded: Promise<EmbeddedDatabase> | undefined;

async function serverUrl(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  embedded ??= (async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "summit-test-pg-"));
    await chmod(dir, 0o755); // PostgreSQL runs as its own user when we are root
    return startEmbeddedPostgres(path.join(dir, "data"));
  })();
  return (await embedded).url;
}

export type TestDatabase = { url: string; drop: () => Promise<void> };

/** A new, empty database on the test server; `drop` removes it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = new URL(await serverUrl());
  const name = `summit_test_${randomBytes(6).toString("hex")}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE "${name}"`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
