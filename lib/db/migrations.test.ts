import { createHash } from "node:crypto";
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR } from "./migrations";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";

const MODEL_TABLES = [
  "Event",
  "Participant",
  "Position",
  "Proposal",
  "ProposalResponse",
  "Session",
  "SessionTable",
  "Teacher",
];

const quiet = () => {};
const databases: TestDatabase[] = [];
let scratch: string;

async function freshDatabase(): Promise<string> {
  const database = await createTestDatabase();
  databases.push(database);
  return database.url;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function tables(url: string): Promise<string[]> {
  const rows = await query<{ name: string }>(
    url,
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
  );
  return rows.map((row) => row.name);
}

type HistoryRow = { migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number };
const history = (url: string) =>
  query<HistoryRow>(
    url,
    "SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name",
  );

/** A migrations folder of our own: { "<folder>": "<sql>" }. */
async function migrationsDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(scratch, "migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), "summit-migrations-test-"));
  await chmod(scratch, 0o755);
});

afterEach(async () => {
  await Promise.all(databases.splice(0).map((database) => database.drop()));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("applyMigrations with the project's migrations", () => {
  it("creates every model table and records each folder as Prisma does", async () => {
    const url = await freshDatabase();
    const folders = (await readdir(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders.length).toBeGreaterThan(0);

    const applied = await applyMigrations(url, { log: quiet });

    expect(applied).toEqual(folders);
    expect(await tables(url)).toEqual(expect.arrayContaining([...MODEL_TABLES, "_prisma_migrations"]));
    const rows = await history(url);
    expect(rows.map((row) => row.migration_name)).toEqual(folders);
    for (const row of rows) {
      const sql = await readFile(path.join(DEFAULT_MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("keeps _prisma_migrations column for column as Prisma creates it", async () => {
    const url = await freshDatabase();
    await applyMigrations(url, { log: quiet });
    const columns = await query<{ column_name: string; data_type: string; is_nullable: string; max: number | null }>(
      url,
      `SELECT column_name, data_type, is_nullable, character_maximum_length AS max
         FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns).toEqual([
      { column_name: "id", data_type: "character varying", is_nullable: "NO", max: 36 },
      { column_name: "checksum", data_type: "character varying", is_nullable: "NO", max: 64 },
      { column_name: "finished_at", data_type: "timestamp with time zone", is_nullable: "YES", max: null },
      { column_name: "migration_name", data_type: "character varying", is_nullable: "NO", max: 255 },
      { column_name: "logs", data_type: "text", is_nullable: "YES", max: null },
      { column_name: "rolled_back_at", data_type: "timestamp with time zone", is_nullable: "YES", max: null },
      { column_name: "started_at", data_type: "timestamp with time zone", is_nullable: "NO", max: null },
      { column_name: "applied_steps_count", data_type: "integer", is_nullable: "NO", max: null },
    ]);
  });

  it("applies nothing the second time", async () => {
    const url = await freshDatabase();
    await applyMigrations(url, { log: quiet });
    const before = await history(url);

    expect(await applyMigrations(url, { log: quiet })).toEqual([]);
    expect(await history(url)).toEqual(before);
  });

  it("applies each migration once when two processes start together", async () => {
    const url = await freshDatabase();
    const [first, second] = await Promise.all([
      applyMigrations(url, { log: quiet }),
      applyMigrations(url, { log: quiet }),
    ]);

    const rows = await history(url);
    expect([first, second].filter((names) => names.length === 0)).toHaveLength(1);
    expect([...first, ...second].sort()).toEqual(rows.map((row) => row.migration_name));
    expect(new Set(rows.map((row) => row.migration_name)).size).toBe(rows.length);
  });
});

describe("applyMigrations with a migrations folder of its own", () => {
  it("fails naming the broken migration and leaves none of it behind", async () => {
    const url = await freshDatabase();
    const dir = await migrationsDir({
      "20240101000000_good": 'CREATE TABLE "Good" ("id" INTEGER NOT NULL);\n',
      "20240102000000_broken": 'CREATE TABLE "Partial" ("id" INTEGER NOT NULL);\n\nINSERT INTO "Missing" VALUES (1);\n',
      "20240103000000_later": 'CREATE TABLE "Later" ("id" INTEGER NOT NULL);\n',
    });

    await expect(applyMigrations(url, { dir, log: quiet })).rejects.toThrow(
      /20240102000000_broken.*"Missing" does not exist/,
    );

    expect(await tables(url)).toEqual(["Good", "_prisma_migrations"]);
    expect((await history(url)).map((row) => row.migration_name)).toEqual(["20240101000000_good"]);
  });

  it("warns when an applied migration was edited, and accepts git's CRLF line endings", async () => {
    const url = await freshDatabase();
    const dir = await migrationsDir({
      "20240101000000_first": 'CREATE TABLE "First" ("id" INTEGER NOT NULL);\n',
      "20240102000000_second": 'CREATE TABLE "Second" ("id" INTEGER NOT NULL);\n',
    });
    await applyMigrations(url, { dir, log: quiet });
    await writeFile(
      path.join(dir, "20240101000000_first", "migration.sql"),
      'CREATE TABLE "First" ("id" BIGINT NOT NULL);\n',
    );
    await writeFile(
      path.join(dir, "20240102000000_second", "migration.sql"),
      'CREATE TABLE "Second" ("id" INTEGER NOT NULL);\r\n',
    );

    const lines: string[] = [];
    expect(await applyMigrations(url, { dir, log: (line) => lines.push(line) })).toEqual([]);
    expect(lines).toEqual([expect.stringMatching(/20240101000000_first was modified/)]);
  });

  it("refuses to go on while the database records a failed migration", async () => {
    const url = await freshDatabase();
    const dir = await migrationsDir({ "20240101000000_first": 'CREATE TABLE "First" ("id" INTEGER NOT NULL);\n' });
    await applyMigrations(url, { dir, log: quiet });
    // What the native engine leaves behind when a migration fails half-way.
    await query(
      url,
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs)
       VALUES ('00000000-0000-4000-8000-000000000000', 'x', '20240102000000_failed', 'boom')`,
    );

    await expect(applyMigrations(url, { dir, log: quiet })).rejects.toThrow(/failed migration.*20240102000000_failed/);
  });
});
