import { beforeAll, describe, expect, it } from "vitest";
import { createParticipantToken, PARTICIPANT_COOKIE } from "@/lib/auth/participant-token";
import type { Db } from "@/lib/db";
import type { Delegation, SummitEvent } from "@/lib/domain/events";
import { joinSession, resumeSeat } from "@/lib/repositories/participants";
import {
  barrier,
  classroom,
  closedByServer,
  control,
  data,
  firstTwo,
  say,
  sync,
  textsOf,
} from "@/lib/testing/classroom-fixture";
import { id, join, open, request, SECRET, type Running, serverForThisFile } from "@/lib/testing/test-harness";

const env = serverForThisFile();
let db: Db;
let server: Running;
beforeAll(() => ({ db, server } = env));

const act = (
  socket: Parameters<typeof request>[0],
  event:
    | "student:kick"
    | "student:readmit"
    | "student:mute"
    | "student:rename"
    | "session:lock"
    | "seat:move"
    | "tables:set",
  payload: object,
) => request<SummitEvent>(socket, event, { clientId: id(), ...payload });

describe("moderation", () => {
  it("kicks a student: their socket closes, their token and resume code stop working, and their seat is free again", async () => {
    const c = await classroom(db, server, { names: ["Ana", "Ben", "Cal", "Dot"] });
    const [ana, ben] = [c.member("Ana"), c.member("Ben")];
    const resumeCode = (await sync(ana.socket)).resumeCode as string;
    const closed = closedByServer(ana.socket);
    data(await act(c.teacherSocket, "student:kick", { participantId: ana.seat.participantId }));
    expect(await closed).toBe("io server disconnect");
    expect(ben.socket.connected).toBe(true);
    await expect(open(server.url, ana.cookie, { as: "student" })).rejects.toThrow(
      "Your teacher removed you from this session.",
    );
    await expect(resumeSeat(db, resumeCode)).rejects.toThrow(
      "No seat has that resume code. Check it on your other screen.",
    );
    expect(await act(c.teacherSocket, "student:kick", { participantId: ana.seat.participantId })).toEqual({
      error: "There is no such student in this session.",
    });
    // The late joiner takes the smallest delegation: the one Ana left.
    expect((await join(db, c.code, "Eli")).seat.delegation).toBe(ana.seat.delegation);
    c.close();
  });

  it("keeps a removed student out of the session from the same browser until the teacher lets them back in", async () => {
    const c = await classroom(db, server, { names: ["Kim", "Lou"] });
    const kim = c.member("Kim");
    data(await act(c.teacherSocket, "student:kick", { participantId: kim.seat.participantId }));
    // The join form sends the cookie Kim's browser still holds, whatever name is typed.
    const again = () => joinSession(db, { code: c.code, name: "Kimberly" }, { returning: kim.claims });
    await expect(again()).rejects.toThrow(
      "Your teacher removed you from this session. Ask your teacher to let you back in.",
    );
    expect(await db.participant.count({ where: { sessionId: c.session.id } })).toBe(2);
    expect(
      await act(c.teacherSocket, "student:readmit", { participantId: c.member("Lou").seat.participantId }),
    ).toEqual({
      error: "No removed student has that id in this session.",
    });

    data(await act(c.teacherSocket, "student:readmit", { participantId: kim.seat.participantId }));
    const back = await again();
    expect(back.event).toBeNull();
    expect(back.seat).toEqual(kim.seat);
    const socket = await open(server.url, `${PARTICIPANT_COOKIE}=${createParticipantToken(back.claims, SECRET)}`, {
      as: "student",
    });
    expect((await sync(socket)).me).toMatchObject({
      participantId: kim.seat.participantId,
      delegation: kim.seat.delegation,
    });
    // The token from before the removal stays revoked.
    await expect(open(server.url, kim.cookie, { as: "student" })).rejects.toThrow();
    socket.close();
    c.close();
  });

  it("mutes a student with a clear refusal until the mute is lifted", async () => {
    const c = await classroom(db, server, { names: ["Fin", "Gia"] });
    const [fin, gia] = [c.member("Fin"), c.member("Gia")];
    const muted = data(
      await act(c.teacherSocket, "student:mute", { participantId: fin.seat.participantId, minutes: 5 }),
    );
    const until = muted.kind === "moderation" && muted.payload.action === "mute" ? muted.payload.until : null;
    expect(Date.parse(until ?? "") - Date.now()).toBeGreaterThan(4 * 60_000);
    const before = await db.event.count({ where: { sessionId: c.session.id } });
    for (const channel of ["floor", "delegation", "sidebar:DPRK"]) {
      expect(await say(fin.socket, "let me speak", channel)).toEqual({
        error: "Your teacher has muted you for 5 more minutes.",
      });
    }
    expect(await db.event.count({ where: { sessionId: c.session.id } })).toBe(before);
    data(await say(gia.socket, "I can still talk"));
    data(await act(c.teacherSocket, "student:mute", { participantId: fin.seat.participantId, minutes: 0 }));
    data(await say(fin.socket, "thank you"));
    await barrier(c.teacherSocket, [gia.seen]);
    expect(textsOf(gia.seen).filter((t) => !t.startsWith("barrier"))).toEqual(["I can still talk", "thank you"]);
    c.close();
  });

  it("renames a student: later events carry the new name, and a taken name is refused", async () => {
    const c = await classroom(db, server, { names: ["Hugo", "Iris"] });
    const [hugo, iris] = [c.member("Hugo"), c.member("Iris")];
    data(await say(hugo.socket, "before"));
    data(await act(c.teacherSocket, "student:rename", { participantId: hugo.seat.participantId, name: "  Hugo   B " }));
    data(await say(hugo.socket, "after"));
    await barrier(c.teacherSocket, [iris.seen]);
    const authors = iris.seen.flatMap((e) =>
      e.kind === "message" && e.author && "name" in e.author ? [e.author.name] : [],
    );
    expect(authors).toEqual(["Hugo", "Hugo B"]);
    expect(iris.seen.find((e) => e.kind === "moderation")?.payload).toEqual({
      action: "rename",
      participantId: hugo.seat.participantId,
      name: "Hugo B",
      previous: "Hugo",
    });
    expect((await sync(hugo.socket)).me).toMatchObject({ name: "Hugo B" });
    expect(
      await act(c.teacherSocket, "student:rename", { participantId: iris.seat.participantId, name: "hugo b" }),
    ).toEqual({
      error: "Someone in this session already uses that name.",
    });
    c.close();
  });

  it("locks joining, and unlocking lets students in again", async () => {
    const c = await classroom(db, server, { names: ["Jun"] });
    data(await act(c.teacherSocket, "session:lock", { locked: true }));
    await expect(join(db, c.code, "Kit")).rejects.toThrow("Your teacher has closed this session to new students.");
    expect(await db.participant.count({ where: { sessionId: c.session.id } })).toBe(1);
    expect((await sync(c.member("Jun").socket)).session.joinLocked).toBe(true);
    data(await act(c.teacherSocket, "session:lock", { locked: false }));
    expect((await join(db, c.code, "Kit")).seat.name).toBe("Kit");
    c.close();
  });
});

describe("seats", () => {
  const spreadAt = (seats: { tableId: string; delegation: Delegation }[], tableId: string) => {
    const sizes = (["US", "DPRK", "CHINA"] as const).map(
      (d) => seats.filter((s) => s.tableId === tableId && s.delegation === d).length,
    );
    return Math.max(...sizes) - Math.min(...sizes);
  };

  it("re-balances the class when the teacher sets the tables in the lobby, and refuses once started", async () => {
    const names = ["Lea", "Mo", "Ned", "Ola", "Pat", "Quin", "Rae"];
    const c = await classroom(db, server, { names, start: false });
    const closed = c.members.map((m) => closedByServer(m.socket));
    data(await act(c.teacherSocket, "tables:set", { count: 2 }));
    const tables = await db.sessionTable.findMany({ where: { sessionId: c.session.id }, orderBy: { number: "asc" } });
    expect(tables).toHaveLength(2);
    const seats = await db.participant.findMany({ where: { sessionId: c.session.id }, orderBy: { joinedAt: "asc" } });
    expect(tables.map((t) => seats.filter((s) => s.tableId === t.id).length)).toEqual([4, 3]);
    for (const table of tables)
      expect(spreadAt(seats as { tableId: string; delegation: Delegation }[], table.id)).toBeLessThanOrEqual(1);

    // Whoever moved is disconnected and, on reconnecting, sits at the new seat.
    const moved = seats.filter(
      (s, i) => s.tableId !== c.members[i]?.seat.tableId || s.delegation !== c.members[i]?.seat.delegation,
    );
    expect(moved.length).toBeGreaterThan(0);
    await Promise.all(moved.map((s) => closed[seats.indexOf(s)]));
    expect(c.members.filter((m) => m.socket.connected).length).toBe(names.length - moved.length);
    for (const [i, member] of c.members.entries()) {
      const again = await open(server.url, member.cookie, { as: "student" });
      expect((await sync(again)).me).toMatchObject({ tableId: seats[i]?.tableId, delegation: seats[i]?.delegation });
      again.close();
    }
    data(await control(c.teacherSocket, "start"));
    expect(await act(c.teacherSocket, "tables:set", { count: 3 })).toEqual({
      error: "Tables can be changed only in the lobby, before the start.",
    });
    c.close();
  });

  it("keeps the computer's delegation when the tables are dealt again, and removes it with its table", async () => {
    const c = await classroom(db, server, { names: ["Ari", "Bea", "Cas"], start: false, tables: 2 });
    const [one, two] = firstTwo(c.tables);
    const kept = data(
      await request<SummitEvent>(c.teacherSocket, "bot:add", { clientId: id(), tableId: one.id, delegation: "CHINA" }),
    );
    data(await request<SummitEvent>(c.teacherSocket, "bot:add", { clientId: id(), tableId: two.id, delegation: "US" }));
    data(await act(c.teacherSocket, "tables:set", { count: 1 }));
    const computers = await db.participant.findMany({
      where: { sessionId: c.session.id, isComputer: true },
      orderBy: { joinedAt: "asc" },
    });
    expect(computers.map((p) => [p.tableId, p.delegation, p.kickedAt === null])).toEqual([
      [one.id, "CHINA", true],
      [null, "US", false],
    ]);
    expect(kept.author).toMatchObject({ participantId: computers[0]?.id });
    const students = await db.participant.findMany({ where: { sessionId: c.session.id, isComputer: false } });
    expect(students.every((s) => s.tableId === one.id)).toBe(true);
    c.close();
  });

  it("moves one student to another seat: their reconnect lands there and their channels follow", async () => {
    const c = await classroom(db, server, { names: ["Sam", "Tia", "Uma", "Val"], tables: 2 });
    const [sam, tia] = [c.member("Sam"), c.member("Tia")];
    const [, two] = firstTwo(c.tables);
    expect(sam.seat.tableId).not.toBe(two.id);
    const closed = closedByServer(sam.socket);
    data(
      await act(c.teacherSocket, "seat:move", {
        participantId: sam.seat.participantId,
        tableId: two.id,
        delegation: "CHINA",
      }),
    );
    expect(await closed).toBe("io server disconnect");
    expect(tia.socket.connected).toBe(true);
    const back = await open(server.url, sam.cookie, { as: "student" });
    const snapshot = await sync(back);
    expect(snapshot.me).toMatchObject({ tableId: two.id, tableNumber: 2, delegation: "CHINA" });
    expect(snapshot.tables.map((t) => t.id)).toEqual([two.id]);
    expect(data(await say(back, "hello from China", "delegation"))).toMatchObject({
      tableId: two.id,
      channel: "delegation:CHINA",
    });
    back.close();
    c.close();
  });
});

describe("resume codes", () => {
  it("give the claims for the same seat, so another device continues with the full history", async () => {
    const c = await classroom(db, server, { names: ["Wes", "Xan"] });
    const wes = c.member("Wes");
    data(await say(wes.socket, "said on the laptop"));
    const first = await sync(wes.socket);
    expect(first.resumeCode).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    const claims = await resumeSeat(db, first.resumeCode as string);
    expect(claims.pid).toBe(wes.seat.participantId);
    const phone = await open(server.url, `${PARTICIPANT_COOKIE}=${createParticipantToken(claims, SECRET)}`, {
      as: "student",
    });
    const second = await sync(phone);
    expect(second.me).toEqual(first.me);
    expect(textsOf(second.events)).toEqual(["said on the laptop"]);
    // Both screens stay live.
    data(await say(phone, "said on the phone"));
    await barrier(c.teacherSocket, [wes.seen]);
    expect(textsOf(wes.seen)).toContain("said on the phone");
    await expect(resumeSeat(db, "ABCD-2345")).rejects.toThrow(
      "No seat has that resume code. Check it on your other screen.",
    );
    data(await control(c.teacherSocket, "end"));
    await expect(resumeSeat(db, first.resumeCode as string)).rejects.toThrow("This session has ended.");
    phone.close();
    c.close();
  });
});
