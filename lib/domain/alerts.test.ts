import { describe, expect, it } from "vitest";
import type { SummitEvent, TableState } from "@/lib/domain/events";
import { alertsFor, IDLE_MS, SILENT_MS } from "./alerts";
import { deriveRoom } from "./room";

const t0 = Date.parse("2026-11-28T10:00:00Z");
const at = (ms: number) => new Date(t0 + ms).toISOString();
let seq = 0;
function event(kind: SummitEvent["kind"], ms: number, payload: object, extra: Partial<SummitEvent> = {}): SummitEvent {
  seq += 1;
  return {
    seq,
    id: `e${seq}`,
    kind,
    tableId: "t1",
    channel: "floor",
    delegation: null,
    author: null,
    clientId: null,
    payload,
    at: at(ms),
    ...extra,
  } as SummitEvent;
}
const by = (participantId: string, name: string) => ({ author: { participantId, name } });
const table: TableState = {
  id: "t1",
  number: 1,
  phase: "negotiation",
  endsAt: at(3_600_000),
  pausedRemainingMs: null,
  pausedBy: null,
};

const joined = [
  event("join", 0, { name: "Ana", delegation: "US", tableNumber: 1 }, { ...by("a", "Ana"), delegation: "US" }),
  event("join", 0, { name: "Bo", delegation: "DPRK", tableNumber: 1 }, { ...by("b", "Bo"), delegation: "DPRK" }),
  event(
    "join",
    0,
    { name: "China (computer, table 1)", delegation: "CHINA", tableNumber: 1, computer: true },
    { ...by("c", "China (computer, table 1)"), delegation: "CHINA" },
  ),
  event("phase", 60_000, { phase: "negotiation", endsAt: at(3_600_000), reason: "start" }),
];

describe("alerts for the teacher", () => {
  it("flags a student who has said nothing for five minutes and a table quiet for three, never the computer", () => {
    const events = [...joined, event("message", 120_000, { text: "hello" }, by("a", "Ana"))];
    const room = deriveRoom(events);
    expect(alertsFor(room, [table], t0 + 60_000 + SILENT_MS - 1000).map((a) => a.kind)).toEqual(["idle"]);
    const later = alertsFor(room, [table], t0 + 60_000 + SILENT_MS);
    expect(later.map((a) => (a.kind === "silent" ? `silent ${a.name}` : a.kind))).toEqual(["idle", "silent Bo"]);
    expect(alertsFor(room, [table], t0 + 120_000 + IDLE_MS - 1).map((a) => a.kind)).toEqual([]);
  });

  it("shows a walk-away vote until the delegation stays, and nothing for a paused or settled table", () => {
    const threat = event(
      "walk_threat",
      130_000,
      { votes: 1, needed: 2, reason: "Relief first." },
      { ...by("b", "Bo"), delegation: "DPRK" },
    );
    const room = deriveRoom([...joined, threat]);
    expect(alertsFor(room, [table], t0 + 131_000)).toEqual([
      {
        key: expect.any(String),
        tableId: "t1",
        kind: "threat",
        delegation: "DPRK",
        votes: 1,
        needed: 2,
        reason: "Relief first.",
      },
    ]);
    const stayed = deriveRoom([
      ...joined,
      threat,
      event("walk_cancel", 140_000, {}, { ...by("b", "Bo"), delegation: "DPRK" }),
    ]);
    expect(alertsFor(stayed, [table], t0 + 141_000)).toEqual([]);
    expect(
      alertsFor(room, [{ ...table, endsAt: null, pausedRemainingMs: 1000, pausedBy: "T" }], t0 + 3_600_000).map(
        (a) => a.kind,
      ),
    ).toEqual(["threat"]);
    const signed = deriveRoom([
      ...joined,
      event("signed", 150_000, { proposalId: "p", version: 1, total: 60, verdict: "sign" }),
    ]);
    expect(alertsFor(signed, [table], t0 + 3_600_000)).toEqual([]);
  });

  it("counts quiet time again from a resume", () => {
    const events = [
      ...joined,
      event("phase", 200_000, { phase: "negotiation", endsAt: null, pausedRemainingMs: 100_000, reason: "pause" }),
      event("phase", 900_000, {
        phase: "negotiation",
        endsAt: at(1_000_000),
        pausedRemainingMs: null,
        reason: "resume",
      }),
    ];
    expect(alertsFor(deriveRoom(events), [table], t0 + 900_000 + IDLE_MS - 1)).toEqual([]);
  });
});
