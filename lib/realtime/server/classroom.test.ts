import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import type { SummitEvent } from "@/lib/domain/events";
import { barrier, classroom, control, data, firstTwo, say, sync, textsOf } from "@/lib/testing/classroom-fixture";
import {
  id,
  open,
  request,
  teacherCookie,
  until,
  type Running,
  serverForThisFile,
  startServer,
} from "@/lib/testing/test-harness";

const env = serverForThisFile();
let db: Db;
let server: Running;
beforeAll(() => ({ db, server } = env));

// Deadlines are compared exactly; this only allows for the time a request takes to travel.
const TOLERANCE_MS = 400;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const left = (endsAt: string | null) => Date.parse(endsAt ?? "") - Date.now();
const phaseEvents = (seen: SummitEvent[]) =>
  seen.flatMap((e) => (e.kind === "phase" ? [{ tableId: e.tableId, ...e.payload }] : []));

describe("the teacher's clock", () => {
  it("pauses and resumes the whole session, keeping the time left, and every screen gets the same deadline", async () => {
    const c = await classroom(db, server, { names: ["Ann", "Bo", "Cy", "Di"], tables: 2 });
    const startedTables = (await sync(c.teacherSocket)).tables;
    const leftBefore = startedTables.map((t) => left(t.endsAt));
    const paused = data(await control(c.teacherSocket, "pause"));
    expect(paused.map((t) => t.endsAt)).toEqual([null, null]);
    paused.forEach((t, i) =>
      expect(Math.abs((t.pausedRemainingMs ?? 0) - (leftBefore[i] ?? 0))).toBeLessThan(TOLERANCE_MS),
    );
    await sleep(1000);
    expect((await sync(c.teacherSocket)).tables.map((t) => t.pausedRemainingMs)).toEqual(
      paused.map((t) => t.pausedRemainingMs),
    );
    const resumed = data(await control(c.teacherSocket, "resume"));
    resumed.forEach((t, i) => {
      expect(Math.abs(left(t.endsAt) - (leftBefore[i] ?? 0))).toBeLessThan(TOLERANCE_MS);
      expect(Date.parse(t.endsAt ?? "") - Date.parse(startedTables[i]?.endsAt ?? "")).toBeGreaterThanOrEqual(1000);
    });

    const stored = await db.sessionTable.findMany({ where: { sessionId: c.session.id } });
    const deadline = (tableId: string) => stored.find((t) => t.id === tableId)?.phaseEndsAt?.toISOString();
    for (const screen of [c.teacherSocket, ...c.members.map((m) => m.socket)]) {
      const { tables } = await sync(screen);
      for (const table of tables) expect(table.endsAt).toBe(deadline(table.id));
    }
    await barrier(
      c.teacherSocket,
      c.members.map((m) => m.seen),
    );
    for (const m of c.members) {
      expect(phaseEvents(m.seen).map((p) => [p.tableId, p.reason, p.endsAt])).toEqual([
        [m.seat.tableId, "pause", null],
        [m.seat.tableId, "resume", deadline(m.seat.tableId)],
      ]);
    }
    c.close();
  });

  it("runs one table's clock without touching the other's", async () => {
    const c = await classroom(db, server, {
      names: ["Ed", "Flo"],
      tables: 2,
      durations: { reading: 600, opening: 600 },
    });
    const [one, two] = firstTwo((await sync(c.teacherSocket)).tables);
    const twoEndsAt = Date.parse(two.endsAt ?? "");
    const [ed, flo] = [c.member("Ed"), c.member("Flo")];
    expect([ed.seat.tableId, flo.seat.tableId]).toEqual([one.id, two.id]);

    const [pausedOne] = data(await control(c.teacherSocket, "pause", one.id));
    expect(data(await control(c.teacherSocket, "extend5", one.id))).toEqual([
      { ...pausedOne, pausedRemainingMs: (pausedOne?.pausedRemainingMs ?? 0) + 300_000 },
    ]);
    expect(data(await control(c.teacherSocket, "extend1", two.id))[0]?.endsAt).toBe(
      new Date(twoEndsAt + 60_000).toISOString(),
    );
    expect((await sync(flo.socket)).tables).toEqual([
      {
        id: two.id,
        number: 2,
        phase: "reading",
        endsAt: new Date(twoEndsAt + 60_000).toISOString(),
        pausedRemainingMs: null,
        pausedBy: null,
      },
    ]);

    // Whole-session actions move only the tables they fit.
    expect(data(await control(c.teacherSocket, "pause")).map((t) => t.id)).toEqual([two.id]);
    expect(data(await control(c.teacherSocket, "resume")).map((t) => t.id)).toEqual([one.id, two.id]);
    const [skipped] = data(await control(c.teacherSocket, "skip", one.id));
    expect(skipped).toMatchObject({ id: one.id, phase: "opening", pausedRemainingMs: null });
    expect(Math.abs(left(skipped?.endsAt ?? null) - 600_000)).toBeLessThan(TOLERANCE_MS);
    expect((await db.sessionTable.findUniqueOrThrow({ where: { id: two.id } })).phase).toBe("reading");

    expect(await control(c.teacherSocket, "resume", two.id)).toEqual({ error: "The clock is not paused." });
    expect(await control(c.teacherSocket, "start", one.id)).toEqual({
      error: "Start the whole session, then run each table's clock.",
    });
    expect(await control(c.teacherSocket, "pause", id())).toEqual({ error: "There is no such table in this session." });
    await barrier(c.teacherSocket, [ed.seen, flo.seen]);
    expect(phaseEvents(ed.seen).map((p) => [p.tableId, p.reason])).toEqual([
      [one.id, "pause"],
      [one.id, "extend5"],
      [one.id, "resume"],
      [one.id, "skip"],
    ]);
    expect(phaseEvents(flo.seen).map((p) => [p.tableId, p.reason])).toEqual([
      [two.id, "extend1"],
      [two.id, "pause"],
      [two.id, "resume"],
    ]);
    c.close();
  });

  it("skips through every phase to the debrief and then closes the channels", async () => {
    const durations = { reading: 60, opening: 60, negotiation: 60, final_proposals: 60, signing: 60 };
    const c = await classroom(db, server, { names: ["Gus"], durations });
    const phases = [];
    for (let i = 0; i < 5; i++) phases.push(data(await control(c.teacherSocket, "skip"))[0]?.phase);
    expect(phases).toEqual(["opening", "negotiation", "final_proposals", "signing", "debrief"]);
    expect(await control(c.teacherSocket, "skip")).toEqual({ error: "There is no running phase to skip." });
    expect((await db.session.findUniqueOrThrow({ where: { id: c.session.id } })).status).toBe("ended");
    expect(await say(c.member("Gus").socket, "after the end")).toEqual({
      error: "The round is over; the channels are closed.",
    });
    c.close();
  });

  it("changes the clock once for the same request sent twice", async () => {
    const c = await classroom(db, server, { names: ["Hal"] });
    const [before] = (await sync(c.teacherSocket)).tables;
    const clientId = id();
    const [first, second] = await Promise.all([
      control(c.teacherSocket, "extend1", undefined, clientId),
      control(c.teacherSocket, "extend1", undefined, clientId),
    ]);
    const expected = new Date(Date.parse(before?.endsAt ?? "") + 60_000).toISOString();
    expect([data(first)[0]?.endsAt, data(second)[0]?.endsAt]).toEqual([expected, expected]);
    expect(data(await control(c.teacherSocket, "extend1", undefined, clientId))[0]?.endsAt).toBe(expected);
    expect((await sync(c.teacherSocket)).tables[0]?.endsAt).toBe(expected);
    expect(
      await db.event.count({ where: { sessionId: c.session.id, kind: "phase", clientId: { startsWith: clientId } } }),
    ).toBe(1);
    c.close();
  });

  it("honours a deadline in the middle of a phase after a restart, and keeps a paused table paused", async () => {
    const c = await classroom(db, server, {
      names: ["Ivy", "Jo"],
      tables: 2,
      durations: { reading: 3, opening: 600 },
      start: false,
    });
    // A second server plays the process that started the phase and then went down.
    const doomed = await startServer(db);
    const doomedTeacher = await open(doomed.url, await teacherCookie(c.teacher), {
      as: "teacher",
      sessionId: c.session.id,
    });
    const started = data(await control(doomedTeacher, "start"));
    const [one, two] = firstTwo(c.tables);
    const [pausedTwo] = data(await control(doomedTeacher, "pause", two.id));
    await doomed.close();
    const restarted = await startServer(db);
    await sleep(1000);
    expect((await db.sessionTable.findUniqueOrThrow({ where: { id: one.id } })).phase).toBe("reading");
    await until(
      async () => (await db.sessionTable.findUniqueOrThrow({ where: { id: one.id } })).phase === "opening",
      6000,
    );
    const advanced = await db.event.findFirstOrThrow({
      where: { tableId: one.id, kind: "phase" },
      orderBy: { seq: "desc" },
    });
    expect(advanced.payload).toMatchObject({ phase: "opening", reason: "deadline" });
    expect(advanced.createdAt.getTime()).toBeGreaterThanOrEqual(Date.parse(started[0]?.endsAt ?? ""));
    expect(await db.sessionTable.findUniqueOrThrow({ where: { id: two.id } })).toMatchObject({
      phase: "reading",
      phaseEndsAt: null,
      pausedRemainingMs: pausedTwo?.pausedRemainingMs,
    });
    const ivy = await open(restarted.url, c.member("Ivy").cookie, { as: "student" });
    expect(phaseEvents((await sync(ivy)).events).map((p) => [p.phase, p.reason])).toEqual([
      ["reading", "start"],
      ["opening", "deadline"],
    ]);
    ivy.close();
    doomedTeacher.close();
    await restarted.close();
    c.close();
  });
});

describe("channels", () => {
  // Table 1: Ann US, Cy DPRK, Eve CHINA, Gil US, Ida DPRK. Table 2: Bo US, Dee DPRK, Fay CHINA, Hu US.
  const names = ["Ann", "Bo", "Cy", "Dee", "Eve", "Fay", "Gil", "Hu", "Ida"];
  const cases: [string, string, string, string[]][] = [
    ["a delegation message reaches only that delegation", "Ann", "delegation", ["Ann", "Gil"]],
    ["a sidebar reaches only its two delegations", "Cy", "sidebar:US", ["Ann", "Cy", "Gil", "Ida"]],
    ["a sidebar with China leaves the other delegation out", "Eve", "sidebar:DPRK", ["Cy", "Eve", "Ida"]],
    ["the floor reaches the whole table and no other", "Fay", "floor", ["Bo", "Dee", "Fay", "Hu"]],
  ];

  it.each(cases)("%s", async (_, sender, channel, expected) => {
    const c = await classroom(db, server, { names, tables: 2 });
    expect(c.members.map((m) => `${m.seat.name} ${m.seat.tableNumber} ${m.seat.delegation}`)).toEqual([
      "Ann 1 US",
      "Bo 2 US",
      "Cy 1 DPRK",
      "Dee 2 DPRK",
      "Eve 1 CHINA",
      "Fay 2 CHINA",
      "Gil 1 US",
      "Hu 2 US",
      "Ida 1 DPRK",
    ]);
    const text = `${sender} on ${channel}`;
    data(await say(c.member(sender).socket, text, channel));
    await barrier(c.teacherSocket, [c.teacherSeen, ...c.members.map((m) => m.seen)]);
    expect(c.members.filter((m) => textsOf(m.seen).includes(text)).map((m) => m.seat.name)).toEqual(expected);
    expect(textsOf(c.teacherSeen)).toContain(text);
    // What a screen asks for later is exactly what it was sent live.
    for (const m of c.members) expect(textsOf((await sync(m.socket)).events)).toEqual(textsOf(m.seen));
    c.close();
  });

  it("carries a teacher's announcement to every student of every table, and a teacher's post into one channel", async () => {
    const c = await classroom(db, server, { names, tables: 2 });
    const [, two] = firstTwo(c.tables);
    data(await request(c.teacherSocket, "chat:send", { clientId: id(), text: "Five minutes left" }));
    data(
      await request(c.teacherSocket, "chat:send", {
        clientId: id(),
        text: "Psst, DPRK",
        tableId: two.id,
        channel: "delegation:DPRK",
      }),
    );
    await barrier(
      c.teacherSocket,
      c.members.map((m) => m.seen),
    );
    expect(c.members.filter((m) => textsOf(m.seen).includes("Five minutes left"))).toHaveLength(names.length);
    expect(c.members.filter((m) => textsOf(m.seen).includes("Psst, DPRK")).map((m) => m.seat.name)).toEqual(["Dee"]);
    c.close();
  });

  it("allows only the delegation channel while reading", async () => {
    const c = await classroom(db, server, { names: ["Kai", "Lu"], durations: { reading: 600 } });
    const kai = c.member("Kai").socket;
    for (const channel of ["floor", "sidebar:DPRK"])
      expect(await say(kai, "too early", channel)).toEqual({
        error: "While reading, talk only inside your delegation.",
      });
    expect(data(await say(kai, "let us prepare", "delegation"))).toMatchObject({
      channel: "delegation:US",
      payload: { text: "let us prepare" },
    });
    expect(await db.event.count({ where: { sessionId: c.session.id, kind: "message" } })).toBe(1);
    c.close();
  });
});

describe("positions", () => {
  it("are published and revised from the opening statements until the final proposals, every version kept", async () => {
    const durations = { reading: 60, opening: 60, negotiation: 60, final_proposals: 60, signing: 60 };
    const c = await classroom(db, server, { names: ["Max", "Nia", "Oz"], durations, start: false });
    const [max, nia, oz] = [c.member("Max"), c.member("Nia"), c.member("Oz")];
    const stances = { yongbyon: "demand", sanctionsRelief: "refuse" };
    const publish = (who: typeof max, statement: string) =>
      request<SummitEvent>(who.socket, "position:publish", { clientId: id(), statement, stances });
    const version = async (who: typeof max, statement: string) => {
      const event = data(await publish(who, statement));
      return event.kind === "position" ? event.payload.version : null;
    };
    const refused = { error: "Positions are published from the opening statements until the final proposals." };
    const step = async (action: "start" | "skip" | "end") => data(await control(c.teacherSocket, action))[0]?.phase;

    expect(await publish(max, "in the lobby")).toEqual(refused);
    expect(await step("start")).toBe("reading");
    expect(await publish(max, "while reading")).toEqual(refused);
    expect(await step("skip")).toBe("opening");
    expect(await version(max, "opening")).toBe(1);
    expect(await version(max, "opening, revised")).toBe(2);
    expect(await version(nia, "our own opening")).toBe(1);
    expect(await step("skip")).toBe("negotiation");
    expect(await version(max, "negotiating")).toBe(3);
    expect(await step("skip")).toBe("final_proposals");
    expect(await version(max, "final")).toBe(4);
    expect(await step("skip")).toBe("signing");
    expect(await publish(max, "while signing")).toEqual(refused);
    expect(await step("end")).toBe("debrief");
    expect(await publish(max, "after the end")).toEqual(refused);

    // Delegations are role ids stored as text: they sort alphabetically.
    const stored = await db.position.findMany({
      where: { tableId: max.seat.tableId },
      orderBy: [{ delegation: "asc" }, { version: "asc" }],
    });
    expect(stored.map((p) => [p.delegation, p.version, p.statement])).toEqual([
      ["DPRK", 1, "our own opening"],
      ["US", 1, "opening"],
      ["US", 2, "opening, revised"],
      ["US", 3, "negotiating"],
      ["US", 4, "final"],
    ]);
    await barrier(c.teacherSocket, [oz.seen]);
    expect(
      oz.seen.flatMap((e) => (e.kind === "position" ? [[e.delegation, e.payload.version, e.payload.stances]] : [])),
    ).toEqual([
      ["US", 1, stances],
      ["US", 2, stances],
      ["DPRK", 1, stances],
      ["US", 3, stances],
      ["US", 4, stances],
    ]);
    c.close();
  });
});
