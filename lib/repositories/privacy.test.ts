import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { classroom, data } from "@/lib/testing/classroom-fixture";
import { id, open, request, serverForThisFile, type Running } from "@/lib/testing/test-harness";
import { anonymiseSession, applyRetention, archiveSession, setRetention } from "./privacy";

const env = serverForThisFile();
let db: Db;
let server: Running;
beforeAll(() => ({ db, server } = env));

describe("privacy after class", () => {
  it("anonymises every student's name, in the roster and inside the events, keeping grades and comments", async () => {
    const c = await classroom(db, server, { names: ["Zelda Quist", "Yusuf Amari", "Xena Blom"] });
    data(await request(c.member("Zelda Quist").socket, "chat:send", { clientId: id(), text: "Hello" }));
    await db.participant.update({
      where: { id: c.member("Yusuf Amari").seat.participantId },
      data: { grade: "B", comment: "Listened well." },
    });
    data(
      await request(c.teacherSocket, "student:rename", {
        clientId: id(),
        participantId: c.member("Xena Blom").seat.participantId,
        name: "Xena B.",
      }),
    );
    c.close();
    expect(await anonymiseSession(db, crypto.randomUUID(), c.session.id)).toBe(false);
    expect(await anonymiseSession(db, c.teacher.id, c.session.id)).toBe(true);
    const names = (
      await db.participant.findMany({ where: { sessionId: c.session.id }, orderBy: { joinedAt: "asc" } })
    ).map((p) => p.displayName);
    expect(names).toEqual(["Student 1", "Student 2", "Student 3"]);
    const everything = JSON.stringify(await db.event.findMany({ where: { sessionId: c.session.id } }));
    for (const name of ["Zelda", "Yusuf", "Xena"]) expect(everything).not.toContain(name);
    expect(everything).toContain("Hello");
    expect(
      await db.participant.findUniqueOrThrow({ where: { id: c.member("Yusuf Amari").seat.participantId } }),
    ).toMatchObject({ displayName: "Student 2", grade: "B", comment: "Listened well.", resumeCode: null });
  });

  it("deletes sessions past their retention period, and only those", async () => {
    const old = await classroom(db, server, { names: ["Old"] });
    const recent = await classroom(db, server, { names: ["New"] });
    old.close();
    recent.close();
    const ended = new Date(Date.now() - 10 * 86_400_000);
    await db.session.updateMany({
      where: { id: { in: [old.session.id, recent.session.id] } },
      data: { status: "ended", endedAt: ended },
    });
    expect(await setRetention(db, old.teacher.id, old.session.id, 7)).toBe(true);
    expect(await setRetention(db, recent.teacher.id, recent.session.id, 30)).toBe(true);
    expect(await applyRetention(db)).toBeGreaterThanOrEqual(1);
    expect(await db.participant.count({ where: { sessionId: old.session.id } })).toBe(0);
    expect(await db.event.count({ where: { sessionId: old.session.id } })).toBe(0);
    expect(await db.participant.count({ where: { sessionId: recent.session.id } })).toBe(1);
  });

  it("ends a student's access when the session is archived", async () => {
    const c = await classroom(db, server, { names: ["Reader"] });
    c.close();
    expect(await archiveSession(db, c.teacher.id, c.session.id)).toBe(true);
    await expect(open(server.url, c.member("Reader").cookie, { as: "student" })).rejects.toThrow(
      "Your teacher has archived this session: the table and its transcript are closed.",
    );
  });
});
