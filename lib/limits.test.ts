import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, type Db } from "@/lib/db";
import type { TestDatabase } from "@/lib/testing/test-database";
import { openDatabase } from "@/lib/testing/test-harness";
import { limitsFor } from "./limits";

let db: Db;
let database: TestDatabase;
beforeAll(async () => ({ db, database } = await openDatabase()));
afterAll(async () => {
  await closeDb(db);
  await database.drop();
});

describe("sign-in limits, counted in PostgreSQL", () => {
  it("lock one account from one address after five attempts, for 15 minutes, and leave the owner's other addresses alone", async () => {
    const limits = limitsFor(db.pool);
    for (let i = 0; i < 5; i++) await limits.signIn("203.0.113.7", "owner@example.test");
    await expect(limits.signIn("203.0.113.7", "owner@example.test")).rejects.toThrow(
      "Slow down: too many wrong passwords for this account. Try again in 15 minutes.",
    );
    // The owner, from school, is not locked out by someone guessing from elsewhere.
    await expect(limits.signIn("198.51.100.20", "owner@example.test")).resolves.toBeUndefined();
    const rows = await db.pool.query<{ key: string }>(`SELECT key FROM rate_limits WHERE key LIKE 'signin-account%'`);
    expect(rows.rows.map((r) => r.key).sort()).toEqual([
      "signin-account:198.51.100.20|owner@example.test",
      "signin-account:203.0.113.7|owner@example.test",
    ]);
  });

  it("forget an account's count once its right password is given", async () => {
    const limits = limitsFor(db.pool);
    for (let i = 0; i < 4; i++) await limits.signIn("192.0.2.1", "careful@example.test");
    await limits.signedIn("192.0.2.1", "careful@example.test");
    for (let i = 0; i < 5; i++) await limits.signIn("192.0.2.1", "careful@example.test");
    await expect(limits.signIn("192.0.2.1", "careful@example.test")).rejects.toThrow(/^Slow down/);
  });
});
