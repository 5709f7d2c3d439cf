import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { readEnv, requireEnv } from "./env";

/** Prisma for most queries, and the same pool for the few hot statements written in SQL. */
export type Db = PrismaClient & { pool: pg.Pool };

/**
 * One pool per process. A request waits for a connection rather than failing while the pool is
 * busy; past `connectionTimeoutMillis` it fails with a message the student can act on (errors.ts).
 */
export function createDb(connectionString: string, poolSize = readEnv().DATABASE_POOL_SIZE): Db {
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client that loses its connection emits here; without a listener the process would exit.
  pool.on("error", (error) => console.error("[db] idle connection lost", error.message));
  const client = new PrismaClient({
    adapter: new PrismaPg(pool),
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
  return Object.assign(client, { pool });
}

// server.ts (run by tsx) and Next's bundled server code are separate module graphs in one
// process; globalThis lets both share a single client and pool.
const shared = globalThis as unknown as { summitDb?: Db };

export function getDb(): Db {
  shared.summitDb ??= createDb(requireEnv("DATABASE_URL"));
  return shared.summitDb;
}

/** Closes Prisma and the pool under it. */
export async function closeDb(db: Db): Promise<void> {
  await db.$disconnect();
  await db.pool.end();
}
