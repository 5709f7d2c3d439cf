import { describe, expect, it } from "vitest";
import type { SummitEvent } from "@/lib/domain/events";
import { filterEvents, filterSchema, PAGE_SIZE } from "./filter";
import { participation, totalsBy, type Student } from "./participation";

const students: Student[] = [
  { id: "a", name: "Ann", delegation: "US", tableId: "t1", isComputer: false },
  { id: "b", name: "Bo", delegation: "DPRK", tableId: "t1", isComputer: false },
  { id: "c", name: "Cy", delegation: "CHINA", tableId: "t1", isComputer: false },
];
let seq = 0;
const event = (kind: SummitEvent["kind"], author: string | null, payload: object, extra: Partial<SummitEvent> = {}) =>
  ({
    seq: ++seq,
    id: `e${seq}`,
    kind,
    tableId: "t1",
    channel: "floor",
    delegation: null,
    author: author ? { participantId: author, name: students.find((s) => s.id === author)?.name ?? author } : null,
    clientId: null,
    payload,
    at: new Date(0).toISOString(),
    ...extra,
  }) as SummitEvent;

const events = [
  event("message", "a", { text: "one two three" }),
  event("message", "a", { text: "four" }),
  event("message", "b", { text: "five, six, seven, eight" }, { channel: "delegation:DPRK", delegation: "DPRK" }),
  event("proposal", "b", {
    proposalId: "p1",
    version: 1,
    terms: {},
    score: { total: 40, baseline: 40, verdict: "walk_away", criteria: [], redLine: null, summary: "" },
  }),
  event("response", "a", { proposalId: "p1", version: 1, accept: true }),
  event("phase", null, { phase: "negotiation", endsAt: null, reason: "start" }),
];

describe("participation", () => {
  it("counts messages, words, proposals and votes, with each student's share of the table's words", () => {
    const rows = participation(students, events);
    expect(rows.map((r) => [r.name, r.messages, r.words, r.proposals, r.votes, r.share, r.silent])).toEqual([
      ["Ann", 2, 4, 0, 1, 0.5, false],
      ["Bo", 1, 4, 1, 0, 0.5, false],
      ["Cy", 0, 0, 0, 0, 0, true],
    ]);
    expect(totalsBy(rows, (r) => r.tableId ?? "").get("t1")).toEqual({ messages: 3, words: 8, proposals: 1, votes: 1 });
  });
});

describe("transcript filters", () => {
  it("combines filters and searches text and authors, case-insensitively", () => {
    expect(filterEvents(events, { student: "a" }).total).toBe(3);
    expect(filterEvents(events, { kind: "message", delegation: "DPRK" }).events.map((e) => e.seq)).toEqual([3]);
    expect(filterEvents(events, { q: "SIX" }).events.map((e) => e.seq)).toEqual([3]);
    expect(filterEvents(events, { q: "bo" }).total).toBe(2);
  });

  it("finds names and words whatever their accents and case", () => {
    const accented = [
      event("message", "a", { text: "Sofía speaks for the délégation" }),
      event("join", "SOFÍA Núñez", { name: "SOFÍA Núñez", delegation: "US", tableNumber: 1 }),
    ];
    expect(filterEvents(accented, { q: "sofia" }).total).toBe(2);
    expect(filterEvents(accented, { q: "DELEGATION" }).total).toBe(1);
    expect(filterEvents(accented, { q: "nunez" }).total).toBe(1);
    expect(filterEvents(accented, { q: "Sofía" }).total).toBe(2);
  });

  it("takes any text without error and pages long transcripts", () => {
    const parsed = filterSchema.parse({ delegation: "nope", page: "-3", q: "%_'\"; DROP TABLE", kind: 42 });
    // A delegation is any role id (the scenario decides which exist); an unknown one matches nothing.
    expect(parsed).toEqual({ delegation: "nope", q: "%_'\"; DROP TABLE" });
    expect(filterEvents(events, parsed).total).toBe(0);
    const many = Array.from({ length: PAGE_SIZE * 2 + 5 }, () => event("message", "a", { text: "x" }));
    expect(filterEvents(many, { page: 3 })).toMatchObject({ total: PAGE_SIZE * 2 + 5, page: 3, pages: 3 });
    expect(filterEvents(many, { page: 99 }).page).toBe(3);
  });
});
