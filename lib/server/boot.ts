import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";
import { builtInScenarios } from "@/lib/scenario/registry";
import { readEnv } from "@/lib/env";

export const DEMO_TEACHER = { name: "Demo Teacher", email: "demo@summit.local", password: "summit-demo" };

/**
 * Makes the environment complete before Next or the database client read it: a database
 * (embedded when DATABASE_URL is unset), a persistent auth secret, migrations applied.
 */
export async function prepareEnvironment(): Promise<{
  databaseUrl: string;
  secret: string;
  embedded: EmbeddedDatabase | null;
}> {
  const env = readEnv();
  // First, before any database: a broken scenario file stops the start, naming the file and field.
  const scenarios = builtInScenarios();
  console.log(`Scenarios: ${[...scenarios.keys()].join(", ")}`);
  const dataDir = path.resolve(env.SUMMIT_DATA_DIR);
  await mkdir(dataDir, { recursive: true, mode: 0o755 });

  let embedded: EmbeddedDatabase | null = null;
  if (!env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres(path.join(dataDir, "postgres"));
    process.env.DATABASE_URL = embedded.url;
  }
  const databaseUrl = process.env.DATABASE_URL as string;

  if (!env.NEXTAUTH_SECRET) process.env.NEXTAUTH_SECRET = await readOrCreateSecret(path.join(dataDir, "auth-secret"));
  process.env.NEXTAUTH_URL ??= `http://localhost:${env.PORT}`;

  const applied = await applyMigrations(databaseUrl);
  if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}`);
  return { databaseUrl, secret: process.env.NEXTAUTH_SECRET as string, embedded };
}

// Kept in the data folder so teachers stay signed in and students keep their seats across restarts.
async function readOrCreateSecret(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
