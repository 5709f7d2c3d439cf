import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import type { SummitEvent } from "@/lib/domain/events";
import { COMPREHENSIVE_DEAL, HANOI_BARGAIN } from "@/lib/scenario/hanoi/terms";
import { classroom, control, data, sync } from "@/lib/testing/classroom-fixture";
import { id, request, until, type Running, serverForThisFile } from "@/lib/testing/test-harness";

const env = serverForThisFile();
let db: Db;
let server: Running;
beforeAll(() => ({ db, server } = env));

const names = ["Us", "Kim", "Xi"]; // seated US, DPRK, China
const propose = (socket: Parameters<typeof request>[0], terms: object) =>
  request<SummitEvent>(socket, "deal:propose", { clientId: id(), terms });
const proposalId = (event: SummitEvent) => (event.kind === "proposal" ? event.payload.proposalId : "");

describe("the deal lifecycle", () => {
  it("lets only the proposer withdraw an open version, which then cannot be answered", async () => {
    const c = await classroom(db, server, { names });
    const v1 = data(await propose(c.member("Kim").socket, HANOI_BARGAIN));
    expect(
      await request(c.member("Us").socket, "deal:withdraw", { clientId: id(), proposalId: proposalId(v1) }),
    ).toEqual({ error: "Only the delegation that proposed a deal can withdraw it." });
    data(await request(c.member("Kim").socket, "deal:withdraw", { clientId: id(), proposalId: proposalId(v1) }));
    expect(
      await request(c.member("Us").socket, "deal:respond", {
        clientId: id(),
        proposalId: proposalId(v1),
        accept: true,
      }),
    ).toEqual({ error: "Version 1 is no longer open: answer the deal on the table now." });
    expect((await db.proposal.findUniqueOrThrow({ where: { id: proposalId(v1) } })).status).toBe("withdrawn");
    c.close();
  });

  it("ends the table's deal-making when a delegation walks away", async () => {
    const c = await classroom(db, server, { names });
    data(await propose(c.member("Us").socket, COMPREHENSIVE_DEAL));
    const walked = data(
      await request<SummitEvent>(c.member("Kim").socket, "deal:walk-away", {
        clientId: id(),
        reason: "Too much, too soon.",
      }),
    );
    expect(walked).toMatchObject({ kind: "walk_away", delegation: "DPRK", payload: { reason: "Too much, too soon." } });
    expect(await propose(c.member("Xi").socket, COMPREHENSIVE_DEAL)).toEqual({
      error: "Your table has walked away: no deal can be made now.",
    });
    expect(await db.proposal.count({ where: { tableId: c.tables[0]?.id, status: "open" } })).toBe(0);
    c.close();
  });

  it("records no deal for a table that reaches the debrief with nothing signed, and reveals every payoff", async () => {
    const c = await classroom(db, server, { names, tables: 2 });
    data(await control(c.teacherSocket, "end"));
    const outcomes = await db.sessionTable.findMany({ where: { sessionId: c.session.id }, orderBy: { number: "asc" } });
    expect(outcomes.every((t) => t.phase === "debrief" && t.walkedAwayAt === null && t.signedProposalId === null)).toBe(
      true,
    );
    const snapshot = await sync(c.member("Us").socket);
    expect(
      snapshot.events.filter((e) => e.kind === "walk_away").map((e) => e.kind === "walk_away" && e.payload.automatic),
    ).toEqual([true]);
    expect(snapshot.debrief.map((o) => [o.number, o.signed])).toEqual([
      [1, null],
      [2, null],
    ]);
    expect(Object.keys(snapshot.briefs).sort()).toEqual(["CHINA", "DPRK", "US"]);
    c.close();
  });

  it("shows a draft only inside its delegation", async () => {
    const c = await classroom(db, server, { names });
    data(await request(c.member("Us").socket, "deal:draft", { clientId: id(), terms: COMPREHENSIVE_DEAL }));
    await until(() => c.member("Us").seen.some((e) => e.kind === "draft"));
    expect((await sync(c.member("Kim").socket)).events.some((e) => e.kind === "draft")).toBe(false);
    expect((await sync(c.member("Xi").socket)).events.some((e) => e.kind === "draft")).toBe(false);
    expect(c.teacherSeen.some((e) => e.kind === "draft")).toBe(true);
    c.close();
  });

  it("scores new proposals with the teacher's weights, and the red line holds whatever they are", async () => {
    const c = await classroom(db, server, { names });
    const onlyPeace = {
      reciprocity: 0,
      scope: 0,
      balance: 0,
      verification: 0,
      peace: 100,
      multilateral: 0,
      realism: 0,
      dialogue: 0,
    };
    data(await request(c.teacherSocket, "session:weights", { clientId: id(), weights: onlyPeace }));
    expect(await request(c.member("Us").socket, "session:weights", { clientId: id(), weights: onlyPeace })).toEqual({
      error: "Only the session's teacher can do that.",
    });
    expect(await request(c.teacherSocket, "session:weights", { clientId: id(), weights: { reciprocity: 0 } })).toEqual({
      error: "weights: At least one criterion needs a weight above 0.",
    });
    const bargain = data(await propose(c.member("Kim").socket, { ...HANOI_BARGAIN, peace: "peace_treaty" }));
    if (bargain.kind !== "proposal") throw new Error("not a proposal");
    expect(bargain.payload.score.criteria.find((x) => x.id === "peace")?.weight).toBe(1);
    expect(bargain.payload.score.total).toBeGreaterThan(bargain.payload.score.baseline);
    expect(bargain.payload.score.verdict).toBe("walk_away");
    c.close();
  });
});
