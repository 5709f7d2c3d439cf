import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import type { SummitEvent } from "@/lib/domain/events";
import { COMPREHENSIVE_DEAL } from "@/lib/scenario/hanoi/terms";
import { classroom, control, data, say, sync } from "@/lib/testing/classroom-fixture";
import { id, request, until, type Running, serverForThisFile } from "@/lib/testing/test-harness";

const env = serverForThisFile();
let db: Db;
let server: Running;
beforeAll(() => ({ db, server } = env));

type Socket = Parameters<typeof request>[0];
const propose = (socket: Socket, terms: object) =>
  request<SummitEvent>(socket, "deal:propose", { clientId: id(), terms });
const respond = (socket: Socket, proposalId: string, accept = true) =>
  request<SummitEvent>(socket, "deal:respond", { clientId: id(), proposalId, accept });
const walk = (socket: Socket, reason?: string) =>
  request<SummitEvent>(socket, "deal:walk-away", { clientId: id(), ...(reason ? { reason } : {}) });
const proposalId = (event: SummitEvent) => (event.kind === "proposal" ? event.payload.proposalId : "");
const eventCount = (sessionId: string) => db.event.count({ where: { sessionId } });

describe("a table that settles", () => {
  it("signs the moment every delegation accepts during the negotiation, and its clock stops", async () => {
    const c = await classroom(db, server, { names: ["Us", "Kim", "Xi"] });
    const v1 = data(await propose(c.member("Us").socket, COMPREHENSIVE_DEAL));
    data(await respond(c.member("Kim").socket, proposalId(v1)));
    const accepted = data(await respond(c.member("Xi").socket, proposalId(v1)));
    expect(accepted.kind).toBe("response");
    const table = await db.sessionTable.findUniqueOrThrow({ where: { id: c.tables[0]?.id } });
    expect(table).toMatchObject({ phase: "negotiation", phaseEndsAt: null, pausedRemainingMs: null });
    expect(table.signedProposalId).toBe(proposalId(v1));
    await until(() => c.member("Kim").seen.some((e) => e.kind === "phase" && e.payload.reason === "settled"));
    const stopped = c.member("Kim").seen.find((e) => e.kind === "phase" && e.payload.reason === "settled");
    expect(stopped).toMatchObject({ payload: { phase: "negotiation", endsAt: null } });
    expect((await sync(c.member("Xi").socket)).tables[0]).toMatchObject({
      phase: "negotiation",
      endsAt: null,
      pausedRemainingMs: null,
    });
    expect(await propose(c.member("Kim").socket, COMPREHENSIVE_DEAL)).toEqual({
      error: "Your table has signed a deal: it waits for the debrief.",
    });
    expect(await control(c.teacherSocket, "pause", table.id)).toEqual({
      error: "This table has settled: its clock has stopped.",
    });
    // The signed table goes to the debrief when the teacher says so, signed.
    data(await control(c.teacherSocket, "skip", table.id));
    const after = await sync(c.member("Us").socket);
    expect(after.tables[0]?.phase).toBe("debrief");
    expect(after.events.some((e) => e.kind === "walk_away")).toBe(false);
    expect(after.debrief[0]?.signed?.version).toBe(1);
    c.close();
  });

  it("refuses to reopen a signed table", async () => {
    const c = await classroom(db, server, { names: ["Us", "Kim", "Xi"] });
    const v1 = data(await propose(c.member("Us").socket, COMPREHENSIVE_DEAL));
    data(await respond(c.member("Kim").socket, proposalId(v1)));
    data(await respond(c.member("Xi").socket, proposalId(v1)));
    data(await control(c.teacherSocket, "end"));
    expect(await control(c.teacherSocket, "reopen", c.tables[0]?.id)).toEqual({
      error: "A table that signed a deal stays signed.",
    });
    c.close();
  });
});

describe("walking away takes the delegation", () => {
  it("needs a majority of the delegation's members present; the table sees the threat", async () => {
    // Seated US, DPRK, China, US, DPRK, China: two per delegation.
    const c = await classroom(db, server, { names: ["Ann", "Bo", "Cy", "Dee", "Ed", "Fi"] });
    const threat = data(await walk(c.member("Bo").socket, "Relief first."));
    expect(threat).toMatchObject({
      kind: "walk_threat",
      delegation: "DPRK",
      channel: "floor",
      payload: { votes: 1, needed: 2, reason: "Relief first." },
    });
    await until(() => c.member("Ann").seen.some((e) => e.kind === "walk_threat"));
    expect((await db.sessionTable.findUniqueOrThrow({ where: { id: c.tables[0]?.id } })).walkedAwayAt).toBeNull();
    // Voting twice does not count twice.
    expect(data(await walk(c.member("Bo").socket))).toMatchObject({
      kind: "walk_threat",
      payload: { votes: 1, needed: 2 },
    });
    data(await propose(c.member("Ann").socket, COMPREHENSIVE_DEAL));

    const walked = data(await walk(c.member("Ed").socket));
    expect(walked).toMatchObject({ kind: "walk_away", delegation: "DPRK", payload: { reason: "Relief first." } });
    const table = await db.sessionTable.findUniqueOrThrow({ where: { id: c.tables[0]?.id } });
    expect(table).toMatchObject({ walkedAwayBy: "DPRK", phaseEndsAt: null });
    expect(await db.proposal.count({ where: { tableId: table.id, status: "open" } })).toBe(0);
    expect(await propose(c.member("Cy").socket, COMPREHENSIVE_DEAL)).toEqual({
      error: "Your table has walked away: no deal can be made now.",
    });
    c.close();
  });

  it("lets a delegation of one decide alone, and a member's stay clear the votes", async () => {
    const c = await classroom(db, server, { names: ["Ann", "Bo", "Cy", "Dee"] }); // US has two, DPRK and China one each
    data(await walk(c.member("Ann").socket));
    const before = await eventCount(c.session.id);
    expect(await request(c.member("Bo").socket, "deal:stay", { clientId: id() })).toEqual({
      error: "Your delegation is not voting to walk away.",
    });
    expect(await eventCount(c.session.id)).toBe(before);
    expect(data(await request<SummitEvent>(c.member("Dee").socket, "deal:stay", { clientId: id() }))).toMatchObject({
      kind: "walk_cancel",
      delegation: "US",
    });
    expect(await db.walkAwayVote.count({ where: { tableId: c.tables[0]?.id } })).toBe(0);
    expect(data(await walk(c.member("Ann").socket))).toMatchObject({
      kind: "walk_threat",
      payload: { votes: 1, needed: 2 },
    });

    expect(data(await walk(c.member("Cy").socket))).toMatchObject({ kind: "walk_away", delegation: "CHINA" });
    c.close();
  });

  it("counts only members who are connected", async () => {
    const c = await classroom(db, server, { names: ["Ann", "Bo", "Cy", "Dee"] });
    c.member("Dee").socket.close(); // the other US member leaves
    await until(async () => (await server.realtime.io.in(`table:${c.tables[0]?.id}:US`).fetchSockets()).length === 1);
    expect(data(await walk(c.member("Ann").socket))).toMatchObject({ kind: "walk_away", delegation: "US" });
    c.close();
  });
});

describe("a paused table is frozen", () => {
  it("refuses every student request with who paused it, writes nothing, and takes them again after the resume", async () => {
    const c = await classroom(db, server, { names: ["Us", "Kim", "Xi"] });
    const v1 = data(await propose(c.member("Us").socket, COMPREHENSIVE_DEAL));
    const [paused] = data(await control(c.teacherSocket, "pause"));
    expect(paused?.pausedBy).toBe("T");
    const notice = "Paused by T: nothing can be sent until the clock runs again.";
    const before = await eventCount(c.session.id);
    const kim = c.member("Kim").socket;
    expect(await say(kim, "hello?")).toEqual({ error: notice });
    expect(await say(kim, "us only", "delegation")).toEqual({ error: notice });
    expect(await respond(kim, proposalId(v1))).toEqual({ error: notice });
    expect(await propose(kim, COMPREHENSIVE_DEAL)).toEqual({ error: notice });
    expect(await walk(kim)).toEqual({ error: notice });
    expect(await request(kim, "position:publish", { clientId: id(), statement: "We stand firm." })).toEqual({
      error: notice,
    });
    expect(
      await request(c.member("Us").socket, "deal:withdraw", { clientId: id(), proposalId: proposalId(v1) }),
    ).toEqual({ error: notice });
    expect(await eventCount(c.session.id)).toBe(before);
    expect((await sync(kim)).tables[0]).toMatchObject({ pausedBy: "T" });
    // The teacher can still speak to a paused table.
    data(await request(c.teacherSocket, "chat:send", { clientId: id(), text: "Hold on, everyone." }));

    data(await control(c.teacherSocket, "resume"));
    expect((await sync(kim)).tables[0]?.pausedBy).toBeNull();
    expect(data(await say(kim, "hello again")).kind).toBe("message");
    c.close();
  });
});

describe("ending and reopening", () => {
  it("records no deal (not a walk-away) when the teacher ends an unsigned table, and reopens it", async () => {
    const c = await classroom(db, server, { names: ["Us", "Kim", "Xi"], tables: 2 });
    const [one, two] = [c.tables[0]?.id ?? "", c.tables[1]?.id ?? ""];
    data(await control(c.teacherSocket, "end"));
    const ended = await db.sessionTable.findMany({ where: { sessionId: c.session.id } });
    expect(ended.map((t) => [t.phase, t.walkedAwayAt, t.walkedAwayBy])).toEqual([
      ["debrief", null, null],
      ["debrief", null, null],
    ]);
    expect((await db.session.findUniqueOrThrow({ where: { id: c.session.id } })).status).toBe("ended");
    const noDeal = (await sync(c.member("Us").socket)).events.filter((e) => e.kind === "walk_away");
    expect(noDeal.map((e) => e.payload)).toEqual([{ automatic: true, cause: "teacher" }]);

    const [reopened] = data(await control(c.teacherSocket, "reopen", one));
    expect(reopened).toMatchObject({ id: one, phase: "negotiation", pausedRemainingMs: null });
    expect(Date.parse(reopened?.endsAt ?? "") - Date.now()).toBeGreaterThan(4.5 * 60_000);
    expect((await db.session.findUniqueOrThrow({ where: { id: c.session.id } })).status).toBe("running");
    expect(data(await say(c.member("Us").socket, "We are back.")).kind).toBe("message"); // Us sits at table 1
    expect((await db.sessionTable.findUniqueOrThrow({ where: { id: two } })).phase).toBe("debrief");
    expect(await control(c.teacherSocket, "reopen", one)).toEqual({
      error: "Only a table that ended or walked away can be reopened.",
    });
    c.close();
  });

  it("reopens a table that walked away, before the debrief", async () => {
    const c = await classroom(db, server, { names: ["Us", "Kim", "Xi"] });
    data(await walk(c.member("Kim").socket));
    data(await control(c.teacherSocket, "reopen", c.tables[0]?.id));
    const table = await db.sessionTable.findUniqueOrThrow({ where: { id: c.tables[0]?.id } });
    expect(table).toMatchObject({ phase: "negotiation", walkedAwayAt: null, walkedAwayBy: null });
    expect(data(await propose(c.member("Xi").socket, COMPREHENSIVE_DEAL)).kind).toBe("proposal");
    c.close();
  });
});

describe("presence", () => {
  it("tells the teacher which students are connected", async () => {
    const c = await classroom(db, server, { names: ["Ann", "Bo"] });
    const online: string[][] = [];
    c.teacherSocket.on("presence:online", (ids) => online.push(ids));
    expect((await sync(c.teacherSocket)).online.sort()).toEqual(c.members.map((m) => m.seat.participantId).sort());
    c.member("Bo").socket.close();
    await until(() => online.some((ids) => ids.length === 1));
    expect(online.at(-1)).toEqual([c.member("Ann").seat.participantId]);
    expect((await sync(c.member("Ann").socket)).online).toEqual([]);
    c.close();
  });
});
