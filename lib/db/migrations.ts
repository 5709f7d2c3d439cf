import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

// Applies prisma/migrations/<timestamp>_<name>/migration.sql with plain pg, keeping the
// `_prisma_migrations` table exactly as Prisma's schema engine keeps it, so `prisma migrate
// deploy` on a machine with the native engine sees the same history.

// Found from this file rather than process.cwd(), so tsx, vitest, scripts and the compiled server
// in dist/ agree wherever they start: the nearest prisma/migrations above it.
function findMigrationsDir(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "prisma", "migrations");
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error("prisma/migrations not found above the running code");
  }
}
export const DEFAULT_MIGRATIONS_DIR = findMigrationsDir();

// The key Prisma Migrate itself locks on: our runs and a native `migrate deploy` exclude each other.
const PRISMA_ADVISORY_LOCK = 72707369;

// Prisma's own DDL for the table (schema engine, PostgreSQL connector), column for column.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

export type MigrationFolder = { name: string; sql: string; checksum: string };

export type ApplyOptions = { dir?: string; log?: (line: string) => void };

type HistoryRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
};

/** SHA-256 of the script as UTF-8, lower-case hex: what Prisma stores in `checksum`. */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

/**
 * Whether a script still matches a stored checksum, with Prisma's tolerance: line endings may
 * have been converted by git, and very old engines wrote hex bytes without zero padding.
 */
export function checksumMatches(sql: string, checksum: string): boolean {
  const variants = [sql, sql.replace(/\r\n/g, "\n"), sql.replace(/\r?\n/g, "\r\n")];
  return variants.some((script) => {
    const digest = createHash("sha256").update(script, "utf8").digest();
    if (checksum.length === 64) return digest.toString("hex") === checksum;
    return Array.from(digest, (byte) => byte.toString(16)).join("") === checksum;
  });
}

/** The migration folders in the order Prisma applies them; a missing directory means none. */
export async function readMigrationFolders(dir = DEFAULT_MIGRATIONS_DIR): Promise<MigrationFolder[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name, "migration.sql");
      const sql = await readFile(file, "utf8").catch((error: Error) => {
        throw new Error(`Migration ${name} has no readable migration.sql (${error.message})`);
      });
      return { name, sql, checksum: migrationChecksum(sql) };
    }),
  );
}

/**
 * Applies every migration folder the database has not seen yet, each in its own transaction,
 * under Prisma Migrate's advisory lock. Returns the names it applied, in order.
 */
export async function applyMigrations(databaseUrl: string, options: ApplyOptions = {}): Promise<string[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const folders = await readMigrationFolders(options.dir ?? DEFAULT_MIGRATIONS_DIR);

  const client = new pg.Client({ connectionString: databaseUrl });
  // An idle connection dropped by the server must not crash the process; the next query fails instead.
  client.on("error", () => {});
  await client.connect();
  try {
    const locked = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1) AS ok", [PRISMA_ADVISORY_LOCK]);
    if (!locked.rows[0]?.ok) {
      log("Waiting for another process that is applying migrations…");
      await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
    }
    try {
      return await applyPending(client, folders, log);
    } finally {
      // A lost connection has released the lock already; keep the error that got us here.
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]).catch(() => {});
    }
  } finally {
    await client.end().catch(() => {});
  }
}

async function applyPending(
  client: pg.Client,
  folders: MigrationFolder[],
  log: (line: string) => void,
): Promise<string[]> {
  await client.query(CREATE_MIGRATIONS_TABLE);
  const { rows } = await client.query<HistoryRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at, logs
       FROM _prisma_migrations ORDER BY started_at`,
  );
  // Rows marked rolled back are history only: that migration counts as not applied.
  const live = rows.filter((row) => row.rolled_back_at === null);

  const failed = live.filter((row) => row.finished_at === null);
  if (failed.length > 0) {
    const names = failed.map((row) => row.migration_name).join(", ");
    const detail = failed[0]?.logs ? `\n${failed[0].logs}` : "";
    throw new Error(
      `The database records failed migration(s): ${names}. Fix the database, then mark them with ` +
        `\`prisma migrate resolve --rolled-back <name>\` (or --applied) before applying more.${detail}`,
    );
  }

  const applied = new Map(live.map((row) => [row.migration_name, row.checksum]));
  const known = new Set(folders.map((folder) => folder.name));
  for (const name of applied.keys()) {
    if (!known.has(name))
      log(`Warning: migration ${name} is applied in the database but missing from the migrations folder`);
  }

  const done: string[] = [];
  for (const folder of folders) {
    const checksum = applied.get(folder.name);
    if (checksum !== undefined) {
      if (!checksumMatches(folder.sql, checksum)) {
        log(`Warning: migration ${folder.name} was modified after it was applied (checksum differs)`);
      }
      continue;
    }
    log(`Applying migration ${folder.name}`);
    await applyOne(client, folder);
    done.push(folder.name);
  }
  return done;
}

async function applyOne(client: pg.Client, folder: MigrationFolder): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, clock_timestamp(), 0)`,
      [randomUUID(), folder.checksum, folder.name],
    );
    // No parameters: pg uses the simple query protocol, which runs a multi-statement script.
    await client.query(folder.sql);
    await client.query(
      `UPDATE _prisma_migrations SET finished_at = clock_timestamp(), applied_steps_count = 1
        WHERE migration_name = $1 AND finished_at IS NULL`,
      [folder.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw new Error(`Migration ${folder.name} failed: ${describeSqlError(error, folder.sql)}`, { cause: error });
  }
}

function describeSqlError(error: unknown, sql: string): string {
  if (!(error instanceof Error)) return String(error);
  const { code, position } = error as Error & { code?: string; position?: string };
  const where = position ? ` at line ${sql.slice(0, Number(position)).split("\n").length}` : "";
  return `${error.message}${code ? ` (SQLSTATE ${code})` : ""}${where}`;
}
