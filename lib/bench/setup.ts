// What the benchmark scripts share: undo steps that run exactly once, and a database server.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { closeDb, createDb, type Db } from "@/lib/db";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";
import { createTestDatabase } from "@/lib/testing/test-database";

// ---------------------------------------------------------------------------------- cleanup

/** Undo steps, run last-in first-out exactly once: on success, on error and on Ctrl-C. */
export function createCleanup() {
  const steps: { label: string; run: () => Promise<unknown> }[] = [];
  let running: Promise<void> | null = null;
  return {
    /** Registers a step; the returned function unregisters it (when its owner cleaned up itself). */
    add(label: string, run: () => Promise<unknown>): () => void {
      const step = { label, run };
      steps.push(step);
      return () => {
        const index = steps.indexOf(step);
        if (index >= 0) steps.splice(index, 1);
      };
    },
    run(): Promise<void> {
      running ??= (async () => {
        for (const step of steps.splice(0).reverse()) {
          await step.run().catch((error: unknown) => console.error(`cleanup: ${step.label} failed:`, error));
        }
      })();
      return running;
    },
  };
}
export type Cleanup = ReturnType<typeof createCleanup>;

// ---------------------------------------------------------------------------------- database

/** DATABASE_URL's server, or an embedded PostgreSQL started the way large-session.ts does. */
export async function ensureDatabaseServer(cleanup: Cleanup): Promise<void> {
  if (process.env.DATABASE_URL) return;
  const dir = await mkdtemp(path.join(os.tmpdir(), "summit-bench-"));
  cleanup.add("remove the embedded database's files", () => rm(dir, { recursive: true, force: true }));
  await chmod(dir, 0o755); // PostgreSQL runs as "postgres" when we are root: it must reach the dir
  console.log("No DATABASE_URL: starting an embedded PostgreSQL…");
  const server = await startEmbeddedPostgres(path.join(dir, "data"), "postgres");
  cleanup.add("stop the embedded PostgreSQL", () => server.stop());
  process.env.DATABASE_URL = server.url;
}

/** A fresh, migrated database for one run (dropped by cleanup) and a client on it. */
export async function openBenchDatabase(cleanup: Cleanup): Promise<{ url: string; db: Db }> {
  await ensureDatabaseServer(cleanup);
  const database = await createTestDatabase();
  cleanup.add("drop the test database", () => database.drop());
  await applyMigrations(database.url, { log: () => {} });
  const db = createDb(database.url);
  cleanup.add("close the setup connections", () => closeDb(db));
  return { url: database.url, db };
}

/** A temporary folder for bundled servers, removed by cleanup. */
export async function bundleFolder(cleanup: Cleanup): Promise<string> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), "summit-bench-bundles-"));
  cleanup.add("remove the bundles", () => rm(outDir, { recursive: true, force: true }));
  return outDir;
}
