import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import type { TestDatabase } from "@/lib/db/test-database";
import { openDatabase } from "@/lib/realtime/server/test-harness";
import { createSession, findOwnedSession, listSessions } from "./sessions";
import { authenticateTeacher, createTeacher } from "./teachers";

let db: Db;
let database: TestDatabase;
beforeAll(async () => ({ db, database } = await openDatabase()));
afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe("teachers and their sessions", () => {
  it("signs a teacher in by email and password, and refuses a duplicate email", async () => {
    await createTeacher(db, { name: "Ms A", email: "a@school.test", password: "password-a" });
    expect(await authenticateTeacher(db, "a@school.test", "password-a")).toMatchObject({ name: "Ms A" });
    expect(await authenticateTeacher(db, "a@school.test", "password-b")).toBeNull();
    expect(await authenticateTeacher(db, "nobody@school.test", "password-a")).toBeNull();
    await expect(createTeacher(db, { name: "Again", email: "a@school.test", password: "password-c" })).rejects.toThrow(/already exists/);
  });

  it("shows a teacher only their own sessions", async () => {
    const mine = await createTeacher(db, { name: "Mine", email: "mine@school.test", password: "password-1" });
    const theirs = await createTeacher(db, { name: "Theirs", email: "theirs@school.test", password: "password-2" });
    const session = await createSession(db, mine.id, { title: "Mine", scenarioId: "hanoi-2019", negotiationMinutes: 5 });
    expect(session.joinCode).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect((await listSessions(db, mine.id)).map((s) => s.id)).toEqual([session.id]);
    expect(await listSessions(db, theirs.id)).toEqual([]);
    expect(await findOwnedSession(db, theirs.id, session.id)).toBeNull();
    expect((await findOwnedSession(db, mine.id, session.id))?.tables).toHaveLength(1);
  });
});
