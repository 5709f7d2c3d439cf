import { randomBytes } from "node:crypto";
import pg from "pg";

export type TestDatabase = { url: string; drop: () => Promise<void> };

/**
 * A new, empty database on the test server (DATABASE_URL: CI's PostgreSQL, or the embedded one
 * vitest.global-setup.ts starts); `drop` removes it.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = process.env.DATABASE_URL;
  if (!server)
    throw new Error("DATABASE_URL is not set: run the tests through vitest, whose global setup provides one");
  const admin = new URL(server);
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
  // FORCE ends the test's own leftover connections, but a role without superuser may not end a
  // server process such as an autovacuum worker that happens to be in the fresh database: that
  // refusal (42501) passes once the worker is done, so the drop is tried again.
  const drop = async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } catch (error) {
        if ((error as { code?: string }).code !== "42501" || attempt === 10) throw error;
        await new Promise((resolve) => setTimeout(resolve, 300 * attempt));
      }
    }
  };
  return { url: url.toString(), drop };
}
