import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { requireEnv } from "./env";

export type Db = PrismaClient;

export function createDb(connectionString: string): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

// server.ts (run by tsx) and Next's bundled server code are separate module graphs in one
// process; globalThis lets both share a single client and pool.
const shared = globalThis as unknown as { summitDb?: Db };

export function getDb(): Db {
  shared.summitDb ??= createDb(requireEnv("DATABASE_URL"));
  return shared.summitDb;
}
