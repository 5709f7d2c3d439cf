import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import type { Snapshot, SummitEvent } from "@/lib/domain/events";
import {
  collect,
  id,
  join,
  newSession,
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

async function startedTable(names: string[]) {
  const { teacher, session, code } = await newSession(db);
  const students = [];
  for (const name of names) students.push(await join(db, code, name));
  const teacherSocket = await open(server.url, await teacherCookie(teacher), { as: "teacher", sessionId: session.id });
  const started = await request(teacherSocket, "clock:control", { clientId: id(), action: "start" });
  expect(started).not.toHaveProperty("error");
  const sockets = await Promise.all(students.map((s) => open(server.url, s.cookie, { as: "student" })));
  return { teacher, session, code, students, sockets, teacherSocket };
}

describe("joining", () => {
  it("balances a class that joins at once and shows each join to the teacher's lobby", async () => {
    const { teacher, session, code } = await newSession(db);
    const teacherSocket = await open(server.url, await teacherCookie(teacher), {
      as: "teacher",
      sessionId: session.id,
    });
    const lobby = collect(teacherSocket);
    const joined = await Promise.all(Array.from({ length: 7 }, (_, i) => join(db, code, `Student ${i}`)));
    // Server actions publish through the running server; here the test does what the action does.
    for (const j of joined) if (j.event) server.realtime.publish(session.id, [j.event]);
    const sizes = ["US", "DPRK", "CHINA"].map((d) => joined.filter((j) => j.seat.delegation === d).length);
    expect(sizes.sort()).toEqual([2, 2, 3]);
    await until(() => lobby.length === 7);
    expect(lobby.every((e) => e.kind === "join")).toBe(true);
    teacherSocket.close();
  });

  it("refuses a second student with the same name, whatever its case", async () => {
    const { code } = await newSession(db);
    await join(db, code, "Ada");
    await expect(join(db, code, "  ada ")).rejects.toThrow(/already uses that name/);
  });

  it("brings a student back to the same seat with the same token", async () => {
    const { students, sockets } = await startedTable(["Lin"]);
    const [first] = sockets;
    const snapshot = await request<Snapshot>(first!, "session:sync", { after: 0 });
    first!.close();
    const again = await open(server.url, students[0]!.cookie, { as: "student" });
    const back = await request<Snapshot>(again, "session:sync", { after: 0 });
    expect("data" in back && back.data.me).toEqual("data" in snapshot && snapshot.data.me);
    again.close();
  });

  it("refuses a socket without a seat or with a forged token", async () => {
    await expect(open(server.url, "", { as: "student" })).rejects.toThrow(/not seated/);
    await expect(open(server.url, "summit_participant=abc.def", { as: "student" })).rejects.toThrow(/not seated/);
    const { session } = await newSession(db);
    const other = await newSession(db);
    await expect(
      open(server.url, await teacherCookie(other.teacher), { as: "teacher", sessionId: session.id }),
    ).rejects.toThrow(/No session of yours/);
  });
});

describe("the floor", () => {
  it("delivers messages in order with increasing sequence numbers to everyone at the table", async () => {
    const { sockets } = await startedTable(["A", "B", "C"]);
    const [a, b, c] = sockets as [(typeof sockets)[0], (typeof sockets)[0], (typeof sockets)[0]];
    const seenByB = collect(b);
    const seenByC = collect(c);
    for (let i = 0; i < 10; i++) {
      const reply = await request<SummitEvent>(a, "chat:send", { clientId: id(), text: `message ${i}` });
      expect(reply).toHaveProperty("data");
    }
    await until(() => seenByB.length === 10 && seenByC.length === 10);
    const texts = seenByB.map((e) => (e.kind === "message" ? e.payload.text : ""));
    expect(texts).toEqual(Array.from({ length: 10 }, (_, i) => `message ${i}`));
    const seqs = seenByC.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(new Set(seqs).size).toBe(10);
    sockets.forEach((s) => s.close());
  });

  it("writes one row for the same clientId sent twice and answers both with the same event", async () => {
    const { session, sockets } = await startedTable(["Solo"]);
    const clientId = id();
    const [first, second] = await Promise.all([
      request<SummitEvent>(sockets[0]!, "chat:send", { clientId, text: "only once" }),
      request<SummitEvent>(sockets[0]!, "chat:send", { clientId, text: "only once" }),
    ]);
    expect(first).toEqual(second);
    const third = await request<SummitEvent>(sockets[0]!, "chat:send", { clientId, text: "only once" });
    expect(third).toEqual(first);
    expect(await db.event.count({ where: { sessionId: session.id, clientId } })).toBe(1);
    sockets.forEach((s) => s.close());
  });

  it("gives a reconnecting student what it missed", async () => {
    const { students, sockets } = await startedTable(["Here", "Away"]);
    const [here, away] = sockets as [(typeof sockets)[0], (typeof sockets)[0]];
    const before = await request<Snapshot>(away, "session:sync", { after: 0 });
    const lastSeen = "data" in before ? Math.max(...before.data.events.map((e) => e.seq)) : 0;
    away.close();
    for (const text of ["one", "two", "three"]) await request(here, "chat:send", { clientId: id(), text });
    const back = await open(server.url, students[1]!.cookie, { as: "student" });
    const caughtUp = await request<Snapshot>(back, "session:sync", { after: lastSeen });
    expect(
      "data" in caughtUp && caughtUp.data.events.map((e) => (e.kind === "message" ? e.payload.text : e.kind)),
    ).toEqual(["one", "two", "three"]);
    here.close();
    back.close();
  });

  it("refuses a payload that names a delegation, table or session, and writes nothing", async () => {
    const { session, students, sockets } = await startedTable(["Forger"]);
    const forger = sockets[0]!;
    const before = await db.event.count({ where: { sessionId: session.id } });
    const other = await newSession(db);
    for (const forged of [
      { delegation: students[0]!.seat.delegation === "US" ? "DPRK" : "US" },
      { tableId: id() },
      { sessionId: other.session.id },
      { participantId: id() },
    ]) {
      const reply = await request(forger, "chat:send", { clientId: id(), text: "I speak for them", ...forged });
      expect(reply).toEqual({ error: `Unexpected field: ${Object.keys(forged)[0]}.` });
    }
    expect(await request(forger, "clock:control", { clientId: id(), action: "end" })).toEqual({
      error: "Only the session's teacher can do that.",
    });
    expect(await db.event.count({ where: { sessionId: session.id } })).toBe(before);
    forger.close();
  });

  it("answers malformed requests with a clear error and keeps serving", async () => {
    const { sockets } = await startedTable(["Chaos"]);
    const socket = sockets[0]!;
    expect(await request(socket, "chat:send", null)).toHaveProperty("error");
    expect(await request(socket, "chat:send", "text")).toHaveProperty("error");
    expect(await request(socket, "chat:send", { clientId: id(), text: "   " })).toEqual({
      error: "text: A message cannot be empty.",
    });
    expect(await request(socket, "chat:send", { clientId: "x", text: "hi" })).toEqual({
      error: "clientId must be 8–64 letters, digits, - or _.",
    });
    expect(await request(socket, "deal:propose", { clientId: id(), terms: { arsenal: "all" } })).toEqual({
      error: expect.stringMatching(/"arsenal".*"all"/),
    });
    (socket as unknown as { emit: (event: string, payload: unknown) => void }).emit("chat:send", {
      clientId: id(),
      text: "no ack",
    });
    expect(await request(socket, "clock:ping", {})).toHaveProperty("data.serverNow");
    socket.close();
  });
});

describe("deals", () => {
  it("scores the Hanoi bargain as walk away and signs a comprehensive deal all three accept", async () => {
    const { sockets, students } = await startedTable(["Us", "Kim", "Xi"]);
    const bySeat = Object.fromEntries(students.map((s, i) => [s.seat.delegation, sockets[i]!]));
    const watcher = collect(bySeat.CHINA!);
    const hanoi = await request<SummitEvent>(bySeat.DPRK!, "deal:propose", {
      clientId: id(),
      terms: { yongbyon: "dismantle", sanctionsRelief: "full", reliefTiming: "upfront", framework: "bilateral" },
    });
    if (!("data" in hanoi) || hanoi.data.kind !== "proposal") throw new Error("proposal refused");
    expect(hanoi.data.payload.score.verdict).toBe("walk_away");
    const comprehensive = await request<SummitEvent>(bySeat.US!, "deal:propose", {
      clientId: id(),
      terms: {
        yongbyon: "dismantle",
        otherSites: "dismantle",
        arsenal: "dismantle",
        missiles: "all_dismantle",
        verification: "intrusive",
        sanctionsRelief: "full",
        reliefTiming: "phased",
        snapback: true,
        peace: "end_of_war_declaration",
        securityAssurances: "non_aggression",
        diplomacy: "liaison_offices",
        chinaRole: "guarantor",
        framework: "multilateral",
        economicPath: "trade_integration",
        followUp: "working_groups",
      },
    });
    if (!("data" in comprehensive) || comprehensive.data.kind !== "proposal") throw new Error("proposal refused");
    expect(comprehensive.data.payload.score.verdict).toBe("sign");
    const proposalId = comprehensive.data.payload.proposalId;
    expect(await request(bySeat.US!, "deal:respond", { clientId: id(), proposalId, accept: true })).toEqual({
      error: "Your delegation proposed this deal; the other delegations answer it.",
    });
    expect(
      await request(bySeat.DPRK!, "deal:respond", {
        clientId: id(),
        proposalId: hanoi.data.payload.proposalId,
        accept: true,
      }),
    ).toHaveProperty("error");
    await request(bySeat.DPRK!, "deal:respond", { clientId: id(), proposalId, accept: true });
    await request(bySeat.CHINA!, "deal:respond", { clientId: id(), proposalId, accept: true, reason: "Stability" });
    await until(() => watcher.some((e) => e.kind === "signed"));
    const table = await db.sessionTable.findUniqueOrThrow({ where: { id: students[0]!.seat.tableId } });
    expect(table.signedProposalId).toBe(proposalId);
    sockets.forEach((s) => s.close());
  });
});

describe("the round's clock", () => {
  it("ends the round at its stored deadline, also when the server restarted in between", async () => {
    const { teacher, session, code } = await newSession(db);
    const student = await join(db, code, "Patient");
    await db.session.update({
      where: { id: session.id },
      data: { phaseDurations: { reading: 0, opening: 0, negotiation: 1, final_proposals: 0, signing: 0 } },
    });
    const teacherSocket = await open(server.url, await teacherCookie(teacher), {
      as: "teacher",
      sessionId: session.id,
    });
    // A second server plays the process that started the round and then went down.
    const doomed = await startServer(db);
    const doomedTeacher = await open(doomed.url, await teacherCookie(teacher), {
      as: "teacher",
      sessionId: session.id,
    });
    const started = await request<{ endsAt: string }[]>(doomedTeacher, "clock:control", {
      clientId: id(),
      action: "start",
    });
    expect("data" in started && started.data[0]?.endsAt).toBeTruthy();
    await doomed.close();
    // Neither this server's timers nor the dead one's know of the deadline: only a restart does.
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect((await db.sessionTable.findFirstOrThrow({ where: { sessionId: session.id } })).phase).toBe("negotiation");
    const restarted = await startServer(db);
    await until(
      async () => (await db.sessionTable.findFirstOrThrow({ where: { sessionId: session.id } })).phase === "debrief",
    );
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).status).toBe("ended");
    const socket = await open(restarted.url, student.cookie, { as: "student" });
    const sync = await request<Snapshot>(socket, "session:sync", { after: 0 });
    const phases =
      "data" in sync
        ? sync.data.events.filter((e) => e.kind === "phase").map((e) => (e.kind === "phase" ? e.payload : null))
        : [];
    expect(phases.map((p) => [p?.phase, p?.reason])).toEqual([
      ["negotiation", "start"],
      ["debrief", "deadline"],
    ]);
    expect(await request(socket, "chat:send", { clientId: id(), text: "too late" })).toEqual({
      error: "The round is over; the channels are closed.",
    });
    socket.close();
    teacherSocket.close();
    await restarted.close();
  });
});
