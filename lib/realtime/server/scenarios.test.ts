// Sessions on other scenarios than the default: the second built-in (two delegations) and a
// teacher's upload, played through the real server with real sockets.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import type { Snapshot, SummitEvent } from "@/lib/domain/events";
import { saveUploadedScenario, scenarioChoices, scenarioFor } from "@/lib/repositories/scenarios";
import { createSession } from "@/lib/repositories/sessions";
import { exampleDealOf } from "@/lib/scenario/deal";
import { scenarioById } from "@/lib/scenario/registry";
import { checkUpload } from "@/lib/scenario/upload";
import { classroom, control, data } from "@/lib/testing/classroom-fixture";
import { id, newSession, request, type Running, serverForThisFile, until } from "@/lib/testing/test-harness";

const env = serverForThisFile();
let db: Db;
let server: Running;
beforeAll(() => ({ db, server } = env));

const template = readFileSync(path.join(process.cwd(), "public/scenario-template.json"), "utf8");
const upload = async (teacherId: string) => {
  const checked = checkUpload(template);
  if (!checked.ok) throw new Error(checked.problems.join("\n"));
  return saveUploadedScenario(db, teacherId, checked.source, checked.scenario.title);
};
const proposalId = (event: SummitEvent) => (event.kind === "proposal" ? event.payload.proposalId : "");

describe("a session on Camp David 1978", () => {
  it("seats two delegations, keeps each brief private, and signs when both accept", async () => {
    const c = await classroom(db, server, { names: ["Anwar", "Menachem", "Hosni"], scenario: "camp-david-1978" });
    expect(c.members.map((m) => m.seat.delegation)).toEqual(["EGYPT", "ISRAEL", "EGYPT"]);
    const snapshot = data(await request<Snapshot>(c.member("Anwar").socket, "session:sync", { after: 0 }));
    expect(Object.keys(snapshot.briefs)).toEqual(["EGYPT"]);
    // Channels follow the scenario: there is no third delegation to hold a sidebar with.
    expect(
      await request(c.member("Anwar").socket, "chat:send", { clientId: id(), text: "Hi", channel: "sidebar:US" }),
    ).toEqual({
      error: 'There is no channel "sidebar:US" for you: use floor, delegation or sidebar:<another delegation>.',
    });
    data(
      await request(c.member("Anwar").socket, "chat:send", { clientId: id(), text: "Hi", channel: "sidebar:ISRAEL" }),
    );

    const accords = exampleDealOf(scenarioById("camp-david-1978"), "accords");
    const proposal = data(
      await request<SummitEvent>(c.member("Menachem").socket, "deal:propose", { clientId: id(), terms: accords }),
    );
    expect(proposal.kind === "proposal" && proposal.payload.score.verdict).toBe("sign");
    // A term of another scenario is refused by name, and nothing is written.
    expect(
      await request(c.member("Anwar").socket, "deal:propose", { clientId: id(), terms: { yongbyon: "freeze" } }),
    ).toEqual({
      error: 'unknown term "yongbyon"',
    });
    data(
      await request(c.member("Anwar").socket, "deal:respond", {
        clientId: id(),
        proposalId: proposalId(proposal),
        accept: true,
      }),
    );
    const table = await db.sessionTable.findUniqueOrThrow({ where: { id: c.tables[0]?.id } });
    expect(table.signedProposalId).toBe(proposalId(proposal));
    c.close();
  });

  it("lets the computer play a delegation of this scenario, which answers deals from its own payoffs", async () => {
    const c = await classroom(db, server, { names: ["Anwar"], scenario: "camp-david-1978", start: false });
    const tableId = c.tables[0]?.id;
    expect(await request(c.teacherSocket, "bot:add", { clientId: id(), tableId, delegation: "CHINA" })).toEqual({
      error: 'There is no delegation "CHINA" in this scenario: choose EGYPT, ISRAEL.',
    });
    data(await request(c.teacherSocket, "bot:add", { clientId: id(), tableId, delegation: "ISRAEL" }));
    const computer = await db.participant.findFirstOrThrow({ where: { tableId, isComputer: true } });
    expect(computer.displayName).toBe("Israel (computer, table 1)");
    data(await control(c.teacherSocket, "start"));
    const accords = exampleDealOf(scenarioById("camp-david-1978"), "accords");
    data(await request(c.member("Anwar").socket, "deal:propose", { clientId: id(), terms: accords }));
    // The Accords are worth more than its threshold to Israel: it accepts, and the table signs.
    await until(
      async () => (await db.sessionTable.findUniqueOrThrow({ where: { id: tableId } })).signedProposalId !== null,
    );
    const said = await db.event.findFirst({
      where: { sessionId: c.session.id, kind: "message", participantId: computer.id },
    });
    expect((said?.payload as { text: string }).text).toMatch(/^Version 1 gives us enough \(\d+ points\): we accept\.$/);
    c.close();
  });
});

describe("a teacher's own scenario", () => {
  it("runs a class like a built-in, with the upload's roles, terms and criteria", async () => {
    const c = await classroom(db, server, { names: ["Nora", "Sid"], scenario: upload });
    expect(c.members.map((m) => m.seat.delegation)).toEqual(["north", "south"]);
    const proposal = data(
      await request<SummitEvent>(c.member("Nora").socket, "deal:propose", {
        clientId: id(),
        terms: { fence: "low", shared: true },
      }),
    );
    expect(proposal.kind === "proposal" && proposal.payload.score).toMatchObject({ total: 70, verdict: "sign" });
    data(
      await request(c.member("Sid").socket, "deal:respond", {
        clientId: id(),
        proposalId: proposalId(proposal),
        accept: true,
      }),
    );
    expect((await db.sessionTable.findUniqueOrThrow({ where: { id: c.tables[0]?.id } })).signedProposalId).toBe(
      proposalId(proposal),
    );
    c.close();
  });

  it("keeps the file's order: terms as written, and a measure after the one it uses", async () => {
    const json = JSON.parse(template) as { terms: Record<string, unknown>; measures: Record<string, string> };
    // Stored as jsonb, these keys would come back sorted (shorter first), and the measures would not load.
    const reordered = {
      ...json,
      terms: { shared: json.terms.shared, fence: json.terms.fence },
      measures: { ...json.measures, zz_fence: "fence", a: "zz_fence * 0.5" },
    };
    const checked = checkUpload(JSON.stringify(reordered));
    if (!checked.ok) throw new Error(checked.problems.join("\n"));
    const { teacher } = await newSession(db);
    const id = await saveUploadedScenario(db, teacher.id, checked.source, checked.scenario.title);
    const loaded = await scenarioFor(db, id);
    expect(loaded.terms.map((t) => t.key)).toEqual(["shared", "fence"]);
    expect(Object.keys(loaded.measures).slice(-2)).toEqual(["zz_fence", "a"]);
  });

  it("is private: another teacher neither lists it nor can start a session on it", async () => {
    const owner = await newSession(db, 10, upload);
    const other = await newSession(db);
    const scenarioId = owner.session.scenarioId;
    const choices = (await scenarioChoices(db, owner.teacher.id)).map((s) => s.id);
    expect(choices).toEqual(["hanoi-2019", "camp-david-1978", scenarioId]);
    expect((await scenarioChoices(db, other.teacher.id)).map((s) => s.id)).not.toContain(scenarioId);
    await expect(
      createSession(db, other.teacher.id, { title: "Copy", scenarioId, negotiationMinutes: 10 }),
    ).rejects.toThrow("Choose one of the scenarios listed.");
  });
});
