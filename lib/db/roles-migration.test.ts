// The move from a database enum of delegations to text role ids keeps every stored delegation.
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR } from "./migrations";

const ROLES_MIGRATION = "20261128095324_roles_as_text";
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** The real migrations up to (not including) `last`, in a folder of their own. */
async function migrationsBefore(last: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "summit-roles-migration-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  for (const name of await readdir(DEFAULT_MIGRATIONS_DIR)) {
    if (name >= last && !name.endsWith(".toml")) continue;
    await cp(path.join(DEFAULT_MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
  }
  return dir;
}

const ROWS = `
  INSERT INTO "Teacher" (id, email, name, "passwordHash") VALUES ('t', 't@example.test', 'T', 'x');
  INSERT INTO "Session" (id, "teacherId", title, "scenarioId", "phaseDurations") VALUES ('s', 't', 'Class', 'hanoi-2019', '{}');
  INSERT INTO "SessionTable" (id, "sessionId", number, "walkedAwayBy") VALUES ('table', 's', 1, 'DPRK');
  INSERT INTO "Participant" (id, "sessionId", "tableId", delegation, "displayName", "nameKey", "tokenNonce") VALUES ('p', 's', 'table', 'CHINA', 'Wang', 'wang', 'n');
  INSERT INTO "Event" (id, "sessionId", seq, kind, payload, delegation, "participantId") VALUES ('e', 's', 1, 'message', '{}', 'CHINA', 'p');
  INSERT INTO "Proposal" (id, "sessionId", "tableId", version, delegation, terms, score, total, verdict) VALUES ('v', 's', 'table', 1, 'US', '{}', '{}', 50, 'sign');
  INSERT INTO "ProposalResponse" (id, "proposalId", delegation, accept) VALUES ('r', 'v', 'DPRK', true);
  INSERT INTO "Position" (id, "tableId", delegation, version, statement, stances) VALUES ('pos', 'table', 'CHINA', 1, 'We guarantee.', '{}');
  INSERT INTO "WalkAwayVote" (id, "tableId", delegation, "participantId") VALUES ('w', 'table', 'DPRK', 'p');
`;

const STORED = `
  SELECT (SELECT "walkedAwayBy" FROM "SessionTable") AS table,
         (SELECT delegation FROM "Participant") AS participant,
         (SELECT delegation FROM "Event") AS event,
         (SELECT delegation FROM "Proposal") AS proposal,
         (SELECT delegation FROM "ProposalResponse") AS response,
         (SELECT delegation FROM "Position") AS position,
         (SELECT delegation FROM "WalkAwayVote") AS vote`;

describe("delegations as text", () => {
  it("carries every stored delegation over, and then takes any role id", async () => {
    const database: TestDatabase = await createTestDatabase();
    cleanups.push(() => database.drop());
    await applyMigrations(database.url, { dir: await migrationsBefore(ROLES_MIGRATION), log: () => {} });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    cleanups.push(() => client.end());
    await client.query(ROWS);
    const before = (await client.query(STORED)).rows[0];
    expect(before).toEqual({
      table: "DPRK",
      participant: "CHINA",
      event: "CHINA",
      proposal: "US",
      response: "DPRK",
      position: "CHINA",
      vote: "DPRK",
    });
    await expect(client.query(`UPDATE "Participant" SET delegation = 'EGYPT'`)).rejects.toThrow(/enum/);

    expect((await applyMigrations(database.url, { log: () => {} }))[0]).toBe(ROLES_MIGRATION);
    expect((await client.query(STORED)).rows[0]).toEqual(before);
    await client.query(`UPDATE "Participant" SET delegation = 'EGYPT'`);
    expect((await client.query(`SELECT delegation FROM "Participant"`)).rows).toEqual([{ delegation: "EGYPT" }]);
    const types = await client.query(`SELECT 1 FROM pg_type WHERE typname = 'Delegation'`);
    expect(types.rowCount).toBe(0);
  });
});
