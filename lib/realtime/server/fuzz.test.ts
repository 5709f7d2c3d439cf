import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { Db } from "@/lib/db";
import type { ClientToServerEvents } from "@/lib/realtime/events";
import * as v from "@/lib/validations/realtime";
import { classroom, sync } from "@/lib/testing/classroom-fixture";
import { request, type Running, serverForThisFile } from "@/lib/testing/test-harness";

// No limits here, so hundreds of requests reach the schemas and the rules; every failure the
// server logs (anything but a refusal in words) is kept to fail the test.
const logged: string[] = [];
const env = serverForThisFile({
  limits: { check: async () => {} },
  log: (message, error) => logged.push(`${message}: ${String(error)}`),
});
let db: Db;
let server: Running;
beforeAll(() => ({ db, server } = env));

type Name = keyof ClientToServerEvents;
const STUDENT: Partial<Record<Name, z.ZodType>> = {
  "session:sync": v.syncSchema,
  "chat:send": v.chatSendSchema,
  "deal:propose": v.proposeSchema,
  "deal:respond": v.respondSchema,
  "deal:withdraw": v.withdrawSchema,
  "deal:walk-away": v.walkAwaySchema,
  "deal:stay": v.staySchema,
  "deal:draft": v.draftSchema,
  "position:publish": v.positionSchema,
};
const TEACHER: Partial<Record<Name, z.ZodType>> = {
  "chat:send": v.teacherChatSchema,
  "session:weights": v.weightsSchema,
  "bot:add": v.addComputerSchema,
  "clock:control": v.clockSchema,
  "seat:move": v.moveSchema,
  "tables:set": v.tablesSchema,
  "student:kick": v.kickSchema,
  "student:readmit": v.readmitSchema,
  "student:rename": v.renameSchema,
  "student:mute": v.muteSchema,
  "session:lock": v.lockSchema,
};

const KEYS = [
  "clientId",
  "text",
  "channel",
  "terms",
  "proposalId",
  "accept",
  "reason",
  "statement",
  "stances",
  "after",
  "weights",
  "tableId",
  "delegation",
  "action",
  "participantId",
  "count",
  "name",
  "minutes",
  "locked",
];
// Values that broke things before: NUL, lone surrogates, bidi overrides, numbers past 32 bits, long text.
const nasty = fc.oneof(
  fc.constantFrom(
    "\u0000",
    "a\uD800b",
    "\uDC00",
    "\u202Eevil",
    "\u200B\u200B",
    "Teacher",
    2 ** 31,
    -1,
    1e308,
    Number.NaN,
    "x".repeat(5000),
  ),
  fc.string(),
  fc.uuid(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const payload = fc.oneof(
  fc.anything(),
  fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(nasty, fc.anything()), { maxKeys: 5 }),
  fc.record({ clientId: fc.oneof(fc.constant("fuzz-client-id"), nasty), text: nasty }, { requiredKeys: [] }),
);

describe("fuzzed socket requests", () => {
  it("answer every invalid payload with the schema's own words, write nothing and log no failure", async () => {
    const c = await classroom(db, server, { names: ["Ann", "Bo", "Cy"] });
    const before = await db.event.count({ where: { sessionId: c.session.id } });
    const targets = [
      ...Object.entries(STUDENT).map(([name, schema]) => ({
        name: name as Name,
        schema: schema as z.ZodType,
        socket: c.member("Ann").socket,
      })),
      ...Object.entries(TEACHER).map(([name, schema]) => ({
        name: name as Name,
        schema: schema as z.ZodType,
        socket: c.teacherSocket,
      })),
    ];
    for (const target of targets) {
      await fc.assert(
        fc.asyncProperty(payload, async (body) => {
          const parsed = target.schema.safeParse(body);
          fc.pre(!parsed.success);
          const reply = await request(target.socket, target.name, body);
          expect(reply).toEqual({ error: v.describeZodError(parsed.error as z.ZodError) });
        }),
        { numRuns: 40, seed: 20261128 },
      );
    }
    expect(await db.event.count({ where: { sessionId: c.session.id } })).toBe(before);
    // The server still answers both.
    expect((await sync(c.member("Ann").socket)).me).toMatchObject({ name: "Ann" });
    expect(logged).toEqual([]);
    c.close();
  });

  it("answer well-formed requests about things that do not exist with a refusal in words, and write nothing", async () => {
    const c = await classroom(db, server, { names: ["Ann", "Bo", "Cy"] });
    const before = await db.event.count({ where: { sessionId: c.session.id } });
    const someId = fc.uuid();
    const cases = fc.oneof(
      fc.record({
        by: fc.constant("student"),
        name: fc.constantFrom<Name>("deal:respond"),
        body: fc.record({ proposalId: someId, accept: fc.boolean() }),
      }),
      fc.record({
        by: fc.constant("student"),
        name: fc.constantFrom<Name>("deal:withdraw"),
        body: fc.record({ proposalId: someId }),
      }),
      fc.record({ by: fc.constant("student"), name: fc.constantFrom<Name>("deal:stay"), body: fc.constant({}) }),
      fc.record({
        by: fc.constant("student"),
        name: fc.constantFrom<Name>("chat:send"),
        body: fc.record({
          text: fc.constant("hello"),
          channel: fc.constantFrom("sidebar:US", "sidebar:MARS", "delegation:DPRK", "teachers"),
        }),
      }),
      fc.record({
        by: fc.constant("teacher"),
        name: fc.constantFrom<Name>("student:kick", "student:readmit"),
        body: fc.record({ participantId: someId }),
      }),
      fc.record({
        by: fc.constant("teacher"),
        name: fc.constantFrom<Name>("student:mute"),
        body: fc.record({ participantId: someId, minutes: fc.integer({ min: 0, max: 60 }) }),
      }),
      fc.record({
        by: fc.constant("teacher"),
        name: fc.constantFrom<Name>("seat:move"),
        body: fc.record({ participantId: someId, tableId: someId, delegation: fc.constantFrom("US", "DPRK", "CHINA") }),
      }),
      fc.record({
        by: fc.constant("teacher"),
        name: fc.constantFrom<Name>("bot:add"),
        body: fc.record({ tableId: someId, delegation: fc.constantFrom("US", "DPRK", "CHINA") }),
      }),
      fc.record({
        by: fc.constant("teacher"),
        name: fc.constantFrom<Name>("clock:control"),
        body: fc.record({ action: fc.constantFrom("pause", "extend1", "skip"), tableId: someId }),
      }),
      fc.record({
        by: fc.constant("teacher"),
        name: fc.constantFrom<Name>("tables:set"),
        body: fc.record({ count: fc.integer({ min: 1, max: 20 }) }),
      }),
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(cases, async ({ by, name, body }) => {
        const socket = by === "teacher" ? c.teacherSocket : c.member("Ann").socket;
        const reply = await request(socket, name, { clientId: `fuzz-known-${(n += 1)}`, ...body });
        expect(reply).toHaveProperty("error");
        const { error } = reply as { error: string };
        expect(error).not.toMatch(/something went wrong/i);
        expect(error.length).toBeGreaterThan(10);
      }),
      { numRuns: 150, seed: 20261128 },
    );
    expect(await db.event.count({ where: { sessionId: c.session.id } })).toBe(before);
    expect(logged).toEqual([]);
    c.close();
  });
});
