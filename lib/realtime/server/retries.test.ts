import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import type { SummitEvent } from "@/lib/domain/events";
import type { ClientToServerEvents } from "@/lib/realtime/events";
import { OTHER_REQUEST } from "@/lib/repositories/once";
import { COMPREHENSIVE_DEAL } from "@/lib/scenario/hanoi/terms";
import { classroom, data } from "@/lib/testing/classroom-fixture";
import { id, open, request, teacherCookie, type Running, serverForThisFile } from "@/lib/testing/test-harness";

const env = serverForThisFile();
let db: Db;
let server: Running;
beforeAll(() => ({ db, server } = env));

type Room = Awaited<ReturnType<typeof classroom>>;
type Name = keyof ClientToServerEvents;
type Case = {
  /** Who sends: a student by name, or the teacher. */
  by: "Ann" | "Bo" | "Dee" | "teacher";
  /** What is asked, once anything it needs exists. */
  payload: (c: Room) => Promise<object> | object;
  lobby?: boolean;
};

const weights = {
  reciprocity: 20,
  scope: 10,
  balance: 10,
  verification: 20,
  peace: 10,
  multilateral: 10,
  realism: 10,
  dialogue: 10,
};
const proposed = async (c: Room) => {
  const event = data(
    await request<SummitEvent>(c.member("Ann").socket, "deal:propose", { clientId: id(), terms: COMPREHENSIVE_DEAL }),
  );
  return event.kind === "proposal" ? event.payload.proposalId : "";
};
const participant = (c: Room, name: string) => c.member(name).seat.participantId;

// Every request that writes, with what it needs: Ann and Dee sit for the US, Bo for the DPRK, Cy for China.
const CASES: Partial<Record<Name, Case>> = {
  "chat:send": { by: "Ann", payload: () => ({ text: "Only once, please." }) },
  "deal:propose": { by: "Ann", payload: () => ({ terms: COMPREHENSIVE_DEAL }) },
  "deal:respond": {
    by: "Bo",
    payload: async (c) => ({ proposalId: await proposed(c), accept: false, reason: "Not yet." }),
  },
  "deal:withdraw": { by: "Ann", payload: async (c) => ({ proposalId: await proposed(c) }) },
  "deal:walk-away": { by: "Bo", payload: () => ({ reason: "Relief first." }) },
  "deal:stay": {
    by: "Dee",
    payload: async (c) => {
      data(await request(c.member("Ann").socket, "deal:walk-away", { clientId: id() }));
      return {};
    },
  },
  "deal:draft": { by: "Ann", payload: () => ({ terms: COMPREHENSIVE_DEAL }) },
  "position:publish": { by: "Ann", payload: () => ({ statement: "Verification first." }) },
  "session:weights": { by: "teacher", payload: () => ({ weights }) },
  "bot:add": { by: "teacher", payload: (c) => ({ tableId: c.tables[0]?.id, delegation: "CHINA" }) },
  "clock:control": { by: "teacher", payload: () => ({ action: "pause" }) },
  "seat:move": {
    by: "teacher",
    payload: (c) => ({ participantId: participant(c, "Ann"), tableId: c.tables[0]?.id, delegation: "DPRK" }),
  },
  "tables:set": { by: "teacher", payload: () => ({ count: 2 }), lobby: true },
  "student:kick": { by: "teacher", payload: (c) => ({ participantId: participant(c, "Ann") }) },
  "student:readmit": {
    by: "teacher",
    payload: async (c) => {
      data(await request(c.teacherSocket, "student:kick", { clientId: id(), participantId: participant(c, "Ann") }));
      return { participantId: participant(c, "Ann") };
    },
  },
  "student:rename": { by: "teacher", payload: (c) => ({ participantId: participant(c, "Ann"), name: "Annie" }) },
  "student:mute": { by: "teacher", payload: (c) => ({ participantId: participant(c, "Ann"), minutes: 5 }) },
  "session:lock": { by: "teacher", payload: () => ({ locked: true }) },
};

// Socket.IO calls that only read carry no clientId.
const READS: Name[] = ["session:sync", "clock:ping"];

describe("the retry contract", () => {
  it("covers every request that writes", () => {
    const handled = new Set([...Object.keys(CASES), ...READS]);
    const declared: Name[] = [
      "session:sync",
      "chat:send",
      "deal:propose",
      "deal:respond",
      "deal:withdraw",
      "deal:walk-away",
      "deal:stay",
      "deal:draft",
      "session:weights",
      "bot:add",
      "clock:ping",
      "position:publish",
      "clock:control",
      "seat:move",
      "tables:set",
      "student:kick",
      "student:readmit",
      "student:rename",
      "student:mute",
      "session:lock",
    ];
    expect([...handled].sort()).toEqual([...declared].sort());
  });

  for (const [name, spec] of Object.entries(CASES) as [Name, Case][]) {
    it(`${name}: racing copies and a copy after reconnecting get the first answer; another request with its id is refused`, async () => {
      const c = await classroom(db, server, { names: ["Ann", "Bo", "Cy", "Dee"], start: !spec.lobby });
      const sender = () => (spec.by === "teacher" ? c.teacherSocket : c.member(spec.by).socket);
      const body = { clientId: id(), ...(await spec.payload(c)) };
      const [first, second] = await Promise.all([request(sender(), name, body), request(sender(), name, body)]);
      expect(first).toEqual(second);
      data(first);
      const count = await db.event.count({ where: { sessionId: c.session.id } });

      // Later, from a new connection: the same answer and nothing written.
      const again =
        spec.by === "teacher"
          ? await open(server.url, await teacherCookie(c.teacher), { as: "teacher", sessionId: c.session.id })
          : await open(server.url, c.member(spec.by).cookie, { as: "student" }).catch(() => null);
      if (again) {
        const later = await request(again, name, body);
        // A clock retry answers with the tables as they are now, which the first answer left them.
        expect(later).toEqual(first);
        const other =
          spec.by === "teacher"
            ? name === "session:lock"
              ? "student:mute"
              : "session:lock"
            : name === "chat:send"
              ? "deal:draft"
              : "chat:send";
        const otherBody =
          other === "session:lock"
            ? { locked: false }
            : other === "student:mute"
              ? { participantId: participant(c, "Bo"), minutes: 1 }
              : other === "deal:draft"
                ? { terms: COMPREHENSIVE_DEAL }
                : { text: "reused id" };
        expect(await request(again, other, { ...otherBody, clientId: body.clientId })).toEqual({
          error: OTHER_REQUEST,
        });
        again.close();
      }
      expect(await db.event.count({ where: { sessionId: c.session.id } })).toBe(count);
      c.close();
    });
  }
});
