import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import type { SummitEvent } from "@/lib/domain/events";
import { COMPREHENSIVE_DEAL, HANOI_BARGAIN } from "@/lib/scenario/hanoi/terms";
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
} from "@/lib/testing/test-harness";

const env = serverForThisFile();
let db: Db;
let server: Running;
beforeAll(() => ({ db, server } = env));

async function tableWithComputerChina() {
  const { teacher, session, code } = await newSession(db);
  const us = await join(db, code, "Uma");
  const dprk = await join(db, code, "Dae");
  const teacherSocket = await open(server.url, await teacherCookie(teacher), { as: "teacher", sessionId: session.id });
  const added = await request<SummitEvent>(teacherSocket, "bot:add", {
    clientId: id(),
    tableId: us.seat.tableId,
    delegation: "CHINA",
  });
  expect(added).toHaveProperty("data.payload.computer", true);
  expect(await request(teacherSocket, "clock:control", { clientId: id(), action: "start" })).toHaveProperty("data");
  const [usSocket, dprkSocket] = await Promise.all([
    open(server.url, us.cookie, { as: "student" }),
    open(server.url, dprk.cookie, { as: "student" }),
  ]);
  return { session, teacherSocket, usSocket, dprkSocket, seen: collect(usSocket) };
}

describe("a computer-played delegation", () => {
  it("is labelled as the computer and accepts a deal good for it, saying why, so the table can sign", async () => {
    const { usSocket, dprkSocket, seen, teacherSocket } = await tableWithComputerChina();
    const proposed = await request<SummitEvent>(usSocket, "deal:propose", {
      clientId: id(),
      terms: COMPREHENSIVE_DEAL,
    });
    if (!("data" in proposed) || proposed.data.kind !== "proposal") throw new Error("refused");
    await until(() => seen.some((e) => e.kind === "response" && e.delegation === "CHINA"));
    const said = seen.find((e) => e.kind === "message" && e.delegation === "CHINA");
    expect(said?.author && "name" in said.author && said.author.name).toBe("China (computer, table 1)");
    expect(said?.kind === "message" && said.payload.text).toMatch(/we accept/);
    await request(dprkSocket, "deal:respond", {
      clientId: id(),
      proposalId: proposed.data.payload.proposalId,
      accept: true,
    });
    await until(() => seen.some((e) => e.kind === "signed"));
    [usSocket, dprkSocket, teacherSocket].forEach((s) => s.close());
  });

  it("counters a bargain that sidelines it, once per proposal", async () => {
    const { session, dprkSocket, usSocket, seen, teacherSocket } = await tableWithComputerChina();
    await request(dprkSocket, "deal:propose", { clientId: id(), terms: HANOI_BARGAIN });
    await until(() => seen.some((e) => e.kind === "proposal" && e.delegation === "CHINA"));
    const counter = seen.find((e) => e.kind === "proposal" && e.delegation === "CHINA");
    expect(counter?.kind === "proposal" && counter.payload.terms.chinaRole).toBe("guarantor");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await db.proposal.count({ where: { sessionId: session.id, delegation: "CHINA" } })).toBe(1);
    [usSocket, dprkSocket, teacherSocket].forEach((s) => s.close());
  });

  it("is refused to students and refuses a second computer for the same seat", async () => {
    const { session, usSocket, teacherSocket, dprkSocket } = await tableWithComputerChina();
    const table = (
      await db.participant.findFirstOrThrow({
        where: { sessionId: session.id, isComputer: true },
        select: { tableId: true },
      })
    ).tableId;
    expect(await request(usSocket, "bot:add", { clientId: id(), tableId: table, delegation: "DPRK" })).toEqual({
      error: "Only the session's teacher can do that.",
    });
    expect(await request(teacherSocket, "bot:add", { clientId: id(), tableId: table, delegation: "CHINA" })).toEqual({
      error: "The computer already plays this delegation at this table.",
    });
    expect(await db.participant.count({ where: { tableId: table ?? "", isComputer: true } })).toBe(1);
    [usSocket, dprkSocket, teacherSocket].forEach((s) => s.close());
  });
});
