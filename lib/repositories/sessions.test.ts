import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, type Db } from "@/lib/db";
import type { TestDatabase } from "@/lib/testing/test-database";
import { openDatabase } from "@/lib/testing/test-harness";
import { createSession, duplicateSession, findOwnedSession, listSessions } from "./sessions";
import { authenticateTeacher, createTeacher } from "./teachers";

let db: Db;
let database: TestDatabase;
beforeAll(async () => ({ db, database } = await openDatabase()));
afterAll(async () => {
  if (db) await closeDb(db);
  await database?.drop();
});

describe("teachers and their sessions", () => {
  it("signs a teacher in by email and password, and refuses a duplicate email", async () => {
    await createTeacher(db, { name: "Ms A", email: "a@school.test", password: "password-a" });
    expect(await authenticateTeacher(db, "a@school.test", "password-a")).toMatchObject({ name: "Ms A" });
    expect(await authenticateTeacher(db, "a@school.test", "password-b")).toBeNull();
    expect(await authenticateTeacher(db, "nobody@school.test", "password-a")).toBeNull();
    await expect(createTeacher(db, { name: "Again", email: "a@school.test", password: "password-c" })).rejects.toThrow(
      /already exists/,
    );
  });

  it("shows a teacher only their own sessions", async () => {
    const mine = await createTeacher(db, { name: "Mine", email: "mine@school.test", password: "password-1" });
    const theirs = await createTeacher(db, { name: "Theirs", email: "theirs@school.test", password: "password-2" });
    const session = await createSession(db, mine.id, {
      title: "Mine",
      scenarioId: "hanoi-2019",
      negotiationMinutes: 5,
    });
    expect(session.joinCode).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect((await listSessions(db, mine.id)).map((s) => s.id)).toEqual([session.id]);
    expect(await listSessions(db, theirs.id)).toEqual([]);
    expect(await findOwnedSession(db, theirs.id, session.id)).toBeNull();
    expect((await findOwnedSession(db, mine.id, session.id))?.tables).toHaveLength(1);
  });

  it("runs a session again: a new lobby with the same setup and nothing of its students", async () => {
    const teacher = await createTeacher(db, { name: "Again", email: "again@school.test", password: "password-3" });
    const other = await createTeacher(db, { name: "Other", email: "other@school.test", password: "password-4" });
    const first = await createSession(db, teacher.id, {
      title: "Period 3",
      scenarioId: "hanoi-2019",
      tableCount: 3,
      assignmentMode: "choice",
      negotiationMinutes: 12,
      signingMinutes: 2,
      articleUrl: "https://example.test/editorial",
      articleText: "The editorial.",
    });
    await db.session.update({
      where: { id: first.id },
      data: { weights: { peace: 80, scope: 20 }, status: "ended", lastSeq: 40 },
    });
    expect(await duplicateSession(db, other.id, first.id)).toBeNull();
    const again = await duplicateSession(db, teacher.id, first.id);
    expect(again).toMatchObject({
      title: "Period 3 (again)",
      status: "lobby",
      assignmentMode: "choice",
      articleUrl: "https://example.test/editorial",
      articleText: "The editorial.",
      weights: { peace: 80, scope: 20 },
      phaseDurations: first.phaseDurations,
      lastSeq: 0,
    });
    expect(again?.joinCode).not.toBe(first.joinCode);
    expect((await findOwnedSession(db, teacher.id, again?.id ?? ""))?.tables.map((t) => [t.number, t.phase])).toEqual([
      [1, "lobby"],
      [2, "lobby"],
      [3, "lobby"],
    ]);
    expect((await duplicateSession(db, teacher.id, again?.id ?? ""))?.title).toBe("Period 3 (again)");
  });
});
