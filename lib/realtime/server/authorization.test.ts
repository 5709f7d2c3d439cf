// The authorization matrix: every forbidden action is refused with a clear message and changes
// nothing in the database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, type Db } from "@/lib/db";
import type { TestDatabase } from "@/lib/testing/test-database";
import type { SummitEvent } from "@/lib/domain/events";
import type { ClientToServerEvents } from "@/lib/realtime/events";
import { CLOCK_ACTIONS } from "@/lib/domain/phases";
import { barrier, classroom, data, sync, textsOf } from "@/lib/testing/classroom-fixture";
import { id, open, openDatabase, request, startServer, teacherCookie, type Running } from "@/lib/testing/test-harness";

let db: Db;
let database: TestDatabase;
let server: Running;
let a: Awaited<ReturnType<typeof classroom>>;
let b: Awaited<ReturnType<typeof classroom>>;
let w: {
  tableOne: string;
  tableTwo: string;
  otherTable: string;
  proposalTwo: string;
  otherProposal: string;
  usClientId: string;
  otherStudent: string;
  self: string;
  neighbour: string;
};

const deal = { yongbyon: "dismantle", sanctionsRelief: "full", reliefTiming: "upfront", framework: "bilateral" };
const proposalId = (reply: Awaited<ReturnType<typeof request<SummitEvent>>>) => {
  const event = data(reply);
  if (event.kind !== "proposal") throw new Error("not a proposal");
  return event.payload.proposalId;
};

beforeAll(async () => {
  ({ db, database } = await openDatabase());
  server = await startServer(db);
  // Table 1: Amy US, Cas DPRK, Eda CHINA. Table 2: Bea US, Dan DPRK, Fox CHINA. Cas is the one who tries.
  a = await classroom(db, server, { names: ["Amy", "Bea", "Cas", "Dan", "Eda", "Fox"], tables: 2 });
  b = await classroom(db, server, { names: ["Gil", "Hal", "Ike"] });
  const usClientId = id();
  data(
    await request(a.member("Amy").socket, "chat:send", {
      clientId: usClientId,
      text: "US only: we can give more",
      channel: "delegation",
    }),
  );
  data(
    await request(a.member("Amy").socket, "chat:send", {
      clientId: id(),
      text: "US and China only",
      channel: "sidebar:CHINA",
    }),
  );
  data(
    await request(a.member("Eda").socket, "chat:send", {
      clientId: id(),
      text: "Table one, everyone",
      channel: "floor",
    }),
  );
  data(
    await request(a.member("Bea").socket, "chat:send", {
      clientId: id(),
      text: "Table two, everyone",
      channel: "floor",
    }),
  );
  data(await request(b.member("Gil").socket, "chat:send", { clientId: id(), text: "Another class", channel: "floor" }));
  w = {
    tableOne: a.tables[0]?.id as string,
    tableTwo: a.tables[1]?.id as string,
    otherTable: b.tables[0]?.id as string,
    proposalTwo: proposalId(await request(a.member("Bea").socket, "deal:propose", { clientId: id(), terms: deal })),
    otherProposal: proposalId(await request(b.member("Gil").socket, "deal:propose", { clientId: id(), terms: deal })),
    usClientId,
    otherStudent: b.member("Gil").seat.participantId,
    self: a.member("Cas").seat.participantId,
    neighbour: a.member("Amy").seat.participantId,
  };
});

afterAll(async () => {
  a?.close();
  b?.close();
  await server?.close();
  if (db) await closeDb(db);
  await database?.drop();
});

/** Every row a refused request could have written or changed, across both sessions. */
async function everything() {
  const order = { orderBy: { id: "asc" } } as const;
  return {
    events: await db.event.count(),
    sessions: await db.session.findMany({
      ...order,
      select: { id: true, status: true, joinLocked: true, lastSeq: true },
    }),
    tables: await db.sessionTable.findMany({
      ...order,
      select: {
        id: true,
        number: true,
        phase: true,
        phaseEndsAt: true,
        pausedRemainingMs: true,
        signedProposalId: true,
      },
    }),
    participants: await db.participant.findMany({
      ...order,
      select: {
        id: true,
        tableId: true,
        delegation: true,
        displayName: true,
        tokenNonce: true,
        kickedAt: true,
        mutedUntil: true,
      },
    }),
    positions: await db.position.count(),
    proposals: await db.proposal.findMany({ ...order, select: { id: true, status: true } }),
    responses: await db.proposalResponse.count(),
  };
}

type Row = [string, keyof ClientToServerEvents, () => Record<string, unknown>, string];
const NOT_TEACHER = "Only the session's teacher can do that.";
const noChannel = (name: string) =>
  `There is no channel "${name}" for you: use floor, delegation or sidebar:<another delegation>.`;

const asStudent: Row[] = [
  [
    "writes into another delegation's channel by its stored name",
    "chat:send",
    () => ({ text: "hi", channel: "delegation:US" }),
    noChannel("delegation:US"),
  ],
  [
    "writes into its own delegation's channel by its stored name",
    "chat:send",
    () => ({ text: "hi", channel: "delegation:DPRK" }),
    noChannel("delegation:DPRK"),
  ],
  [
    "opens a sidebar with its own delegation",
    "chat:send",
    () => ({ text: "hi", channel: "sidebar:DPRK" }),
    noChannel("sidebar:DPRK"),
  ],
  [
    "writes into a sidebar between two others",
    "chat:send",
    () => ({ text: "hi", channel: "sidebar:CHINA+US" }),
    noChannel("sidebar:CHINA+US"),
  ],
  ["announces to the session", "chat:send", () => ({ text: "hi", channel: "announcement" }), noChannel("announcement")],
  [
    "speaks for another delegation",
    "chat:send",
    () => ({ text: "hi", delegation: "US" }),
    "Unexpected field: delegation.",
  ],
  ["posts to another table", "chat:send", () => ({ text: "hi", tableId: w.tableTwo }), "Unexpected field: tableId."],
  [
    "posts to another session",
    "chat:send",
    () => ({ text: "hi", sessionId: b.session.id }),
    "Unexpected field: sessionId.",
  ],
  [
    "replays another delegation's message id to read it",
    "chat:send",
    () => ({ clientId: w.usClientId, text: "hi", channel: "delegation" }),
    "That clientId was already used by someone else; send a new one.",
  ],
  [
    "publishes a position at another table",
    "position:publish",
    () => ({ statement: "We", tableId: w.tableTwo }),
    "Unexpected field: tableId.",
  ],
  [
    "proposes a deal in another session",
    "deal:propose",
    () => ({ terms: deal, sessionId: b.session.id }),
    "Unexpected field: sessionId.",
  ],
  [
    "answers a deal at another table",
    "deal:respond",
    () => ({ proposalId: w.proposalTwo, accept: true }),
    "There is no such deal at your table.",
  ],
  [
    "answers a deal in another session",
    "deal:respond",
    () => ({ proposalId: w.otherProposal, accept: true }),
    "There is no such deal at your table.",
  ],
  [
    "syncs another table's events",
    "session:sync",
    () => ({ after: 0, tableId: w.tableTwo }),
    "Unexpected field: tableId.",
  ],
  [
    "moves itself to another seat",
    "seat:move",
    () => ({ participantId: w.self, tableId: w.tableTwo, delegation: "US" }),
    NOT_TEACHER,
  ],
  ["re-deals the tables", "tables:set", () => ({ count: 3 }), NOT_TEACHER],
  ["kicks a classmate", "student:kick", () => ({ participantId: w.neighbour }), NOT_TEACHER],
  ["mutes a classmate", "student:mute", () => ({ participantId: w.neighbour, minutes: 5 }), NOT_TEACHER],
  ["renames a classmate", "student:rename", () => ({ participantId: w.neighbour, name: "Clown" }), NOT_TEACHER],
  ["locks joining", "session:lock", () => ({ locked: true }), NOT_TEACHER],
  ...CLOCK_ACTIONS.flatMap((action): Row[] => [
    [`runs the clock: ${action}`, "clock:control", () => ({ action }), NOT_TEACHER],
    [`runs its table's clock: ${action}`, "clock:control", () => ({ action, tableId: w.tableOne }), NOT_TEACHER],
  ]),
];

const NO_STUDENT = "There is no such student in this session.";
const NO_TABLE = "There is no such table in this session.";
const asTeacher: Row[] = [
  ["pauses another teacher's table", "clock:control", () => ({ action: "pause", tableId: w.otherTable }), NO_TABLE],
  [
    "names another session in a clock request",
    "clock:control",
    () => ({ action: "end", sessionId: b.session.id }),
    "Unexpected field: sessionId.",
  ],
  [
    "posts into another teacher's table",
    "chat:send",
    () => ({ text: "hi", tableId: w.otherTable, channel: "floor" }),
    NO_TABLE,
  ],
  [
    "announces in another session",
    "chat:send",
    () => ({ text: "hi", sessionId: b.session.id }),
    "Unexpected field: sessionId.",
  ],
  [
    "moves another teacher's student",
    "seat:move",
    () => ({ participantId: w.otherStudent, tableId: w.tableOne, delegation: "US" }),
    NO_STUDENT,
  ],
  [
    "moves a student to another teacher's table",
    "seat:move",
    () => ({ participantId: w.neighbour, tableId: w.otherTable, delegation: "US" }),
    NO_TABLE,
  ],
  ["kicks another teacher's student", "student:kick", () => ({ participantId: w.otherStudent }), NO_STUDENT],
  [
    "mutes another teacher's student",
    "student:mute",
    () => ({ participantId: w.otherStudent, minutes: 5 }),
    NO_STUDENT,
  ],
  [
    "renames another teacher's student",
    "student:rename",
    () => ({ participantId: w.otherStudent, name: "Clown" }),
    NO_STUDENT,
  ],
  [
    "locks another teacher's session",
    "session:lock",
    () => ({ locked: true, sessionId: b.session.id }),
    "Unexpected field: sessionId.",
  ],
];

describe("a student is refused, and nothing is written, when it", () => {
  it.each(asStudent)("%s", async (_, event, payload, error) => {
    const before = await everything();
    const body = event === "session:sync" ? payload() : { clientId: id(), ...payload() };
    expect(await request(a.member("Cas").socket, event, body)).toEqual({ error });
    expect(await everything()).toEqual(before);
  });
});

describe("a teacher is refused, and nothing is written, when it", () => {
  it.each(asTeacher)("%s", async (_, event, payload, error) => {
    const before = await everything();
    expect(await request(a.teacherSocket, event, { clientId: id(), ...payload() })).toEqual({ error });
    expect(await everything()).toEqual(before);
  });
});

describe("the handshake refuses", () => {
  const cases: [string, () => Promise<string>, () => Record<string, unknown>, string][] = [
    [
      "a teacher opening another teacher's session",
      () => teacherCookie(b.teacher),
      () => ({ as: "teacher", sessionId: a.session.id }),
      "No session of yours has that id.",
    ],
    [
      "a teacher opening a session that does not exist",
      () => teacherCookie(a.teacher),
      () => ({ as: "teacher", sessionId: id() }),
      "No session of yours has that id.",
    ],
    [
      "a student's cookie presented as a teacher",
      async () => a.member("Cas").cookie,
      () => ({ as: "teacher", sessionId: a.session.id }),
      "Sign in as a teacher first.",
    ],
    [
      "a forged teacher cookie",
      async () => "next-auth.session-token=forged",
      () => ({ as: "teacher", sessionId: a.session.id }),
      "Sign in as a teacher first.",
    ],
    [
      "a teacher's cookie presented as a student",
      () => teacherCookie(a.teacher),
      () => ({ as: "student" }),
      "You are not seated in a session: join with your session's code.",
    ],
    [
      "a connection that says neither",
      async () => a.member("Cas").cookie,
      () => ({ sessionId: a.session.id }),
      "Say whether you connect as a student or as a teacher.",
    ],
  ];

  it.each(cases)("%s", async (_, cookie, auth, error) => {
    const before = await everything();
    await expect(open(server.url, await cookie(), auth())).rejects.toThrow(error);
    expect(await everything()).toEqual(before);
  });
});

describe("what a student can read", () => {
  it("never includes another delegation's channel, another table or another session, live or on sync", async () => {
    await barrier(a.teacherSocket, [a.teacherSeen, ...a.members.map((m) => m.seen)]);
    const cas = a.member("Cas");
    const seen = textsOf((await sync(cas.socket)).events).filter((t) => !t.startsWith("barrier"));
    expect(seen).toEqual(["Table one, everyone"]);
    expect(textsOf(cas.seen).filter((t) => !t.startsWith("barrier"))).toEqual(["Table one, everyone"]);
    expect((await sync(cas.socket)).events.some((e) => e.kind === "proposal")).toBe(false);
    // The teacher sees all of it, so the filter above is what hides it.
    expect(textsOf((await sync(a.teacherSocket)).events)).toEqual(
      expect.arrayContaining(["US only: we can give more", "US and China only", "Table two, everyone"]),
    );
    expect(textsOf((await sync(a.teacherSocket)).events)).not.toContain("Another class");
  });

  it("receives only its own delegation's brief and payoffs; the teacher receives all three", async () => {
    for (const m of a.members) {
      const { briefs } = await sync(m.socket);
      expect(Object.keys(briefs)).toEqual([m.seat.delegation]);
      expect(briefs[m.seat.delegation]?.payoffs).toBeDefined();
    }
    expect(Object.keys((await sync(a.teacherSocket)).briefs).sort()).toEqual(["CHINA", "DPRK", "US"]);
  });
});
