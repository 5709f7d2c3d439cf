import { describe, expect, it } from "vitest";
import { nextClock } from "./clock";
import {
  canChat,
  canPropose,
  canPublishPosition,
  canRespond,
  canWalkAway,
  nextPhase,
  PHASES,
  type PhaseDurations,
  type PhaseName,
} from "./phases";

const ALL: PhaseDurations = { reading: 300, opening: 300, negotiation: 1200, final_proposals: 300, signing: 180 };
const NEGOTIATION_ONLY: PhaseDurations = { reading: 0, opening: 0, negotiation: 600, final_proposals: 0, signing: 0 };
const now = new Date("2030-01-01T10:00:00.000Z");
const at = (ms: number) => new Date(now.getTime() + ms);

const running = (phase: PhaseName, endsInMs: number) => ({ phase, phaseEndsAt: at(endsInMs), pausedRemainingMs: null });
const paused = (phase: PhaseName, remainingMs: number) => ({
  phase,
  phaseEndsAt: null,
  pausedRemainingMs: remainingMs,
});
const idle = (phase: "lobby" | "debrief") => ({ phase, phaseEndsAt: null, pausedRemainingMs: null });

describe("nextPhase", () => {
  it("walks every phase in order when each has time", () => {
    const walked: PhaseName[] = ["lobby"];
    while (walked.at(-1) !== "debrief") walked.push(nextPhase(walked.at(-1) as PhaseName, ALL));
    expect(walked).toEqual([...PHASES]);
  });

  it.each([
    [
      "reading and opening off",
      { ...ALL, reading: 0, opening: 0 },
      ["lobby", "negotiation", "final_proposals", "signing", "debrief"],
    ],
    ["only negotiation", NEGOTIATION_ONLY, ["lobby", "negotiation", "debrief"]],
    [
      "final proposals off",
      { ...ALL, final_proposals: 0 },
      ["lobby", "reading", "opening", "negotiation", "signing", "debrief"],
    ],
    ["nothing timed", { reading: 0, opening: 0, negotiation: 0, final_proposals: 0, signing: 0 }, ["lobby", "debrief"]],
  ] as const)("skips phases without time: %s", (_, durations, expected) => {
    const walked: PhaseName[] = ["lobby"];
    while (walked.at(-1) !== "debrief") walked.push(nextPhase(walked.at(-1) as PhaseName, durations));
    expect(walked).toEqual(expected);
  });

  it("stays in debrief", () => {
    expect(nextPhase("debrief", ALL)).toBe("debrief");
  });
});

describe("nextClock", () => {
  describe("start", () => {
    it("enters the first timed phase from the lobby with a fresh deadline", () => {
      expect(nextClock(idle("lobby"), "start", ALL, now)).toEqual({
        phase: "reading",
        phaseStartedAt: now,
        phaseEndsAt: at(300_000),
        pausedRemainingMs: null,
      });
      expect(nextClock(idle("lobby"), "start", NEGOTIATION_ONLY, now)).toMatchObject({
        phase: "negotiation",
        phaseEndsAt: at(600_000),
      });
    });

    it.each([running("reading", 1000), paused("negotiation", 1000), idle("debrief")])(
      "is refused once started (%o)",
      (table) => {
        expect(nextClock(table, "start", ALL, now)).toBe("The session has already started.");
      },
    );
  });

  describe("pause", () => {
    it("keeps what was left and stops the deadline", () => {
      expect(nextClock(running("negotiation", 90_000), "pause", ALL, now)).toEqual(paused("negotiation", 90_000));
    });

    it("keeps nothing when the deadline has already passed", () => {
      expect(nextClock(running("negotiation", -5000), "pause", ALL, now)).toEqual(paused("negotiation", 0));
    });

    it.each([
      [paused("negotiation", 1000), "The clock is already paused."],
      [idle("lobby"), "There is no clock running to pause."],
      [idle("debrief"), "There is no clock running to pause."],
    ])("is refused for %o", (table, refusal) => {
      expect(nextClock(table, "pause", ALL, now)).toBe(refusal);
    });
  });

  describe("resume", () => {
    it("sets a deadline exactly the paused time away", () => {
      expect(nextClock(paused("opening", 42_000), "resume", ALL, now)).toEqual(running("opening", 42_000));
    });

    it.each([running("opening", 1000), idle("lobby"), idle("debrief")])(
      "is refused when nothing is paused (%o)",
      (table) => {
        expect(nextClock(table, "resume", ALL, now)).toBe("The clock is not paused.");
      },
    );
  });

  describe.each([
    ["extend1", 60_000],
    ["extend5", 300_000],
  ] as const)("%s", (action, extra) => {
    it("moves a running deadline later", () => {
      expect(nextClock(running("negotiation", 10_000), action, ALL, now)).toEqual(
        running("negotiation", 10_000 + extra),
      );
    });

    it("adds to a paused clock and leaves it paused", () => {
      expect(nextClock(paused("signing", 10_000), action, ALL, now)).toEqual(paused("signing", 10_000 + extra));
    });

    it.each([idle("lobby"), idle("debrief")])("is refused without a running phase (%o)", (table) => {
      expect(nextClock(table, action, ALL, now)).toBe("There is no running phase to extend.");
    });
  });

  describe.each(["skip", "deadline"] as const)("%s", (action) => {
    it.each([
      ["reading", "opening", 300_000],
      ["opening", "negotiation", 1_200_000],
      ["negotiation", "final_proposals", 300_000],
      ["final_proposals", "signing", 180_000],
    ] as const)("moves %s to %s with that phase's full time", (from, to, ms) => {
      expect(nextClock(running(from, 5000), action, ALL, now)).toEqual({
        phase: to,
        phaseStartedAt: now,
        phaseEndsAt: at(ms),
        pausedRemainingMs: null,
      });
    });

    it("ends in debrief after the last timed phase, with no deadline", () => {
      expect(nextClock(running("signing", 5000), action, ALL, now)).toEqual({
        phase: "debrief",
        phaseStartedAt: now,
        phaseEndsAt: null,
        pausedRemainingMs: null,
      });
      expect(nextClock(running("negotiation", 5000), action, NEGOTIATION_ONLY, now)).toMatchObject({
        phase: "debrief",
        phaseEndsAt: null,
      });
    });

    it("leaves a paused phase for the next one, running", () => {
      expect(nextClock(paused("opening", 5000), action, ALL, now)).toMatchObject({
        phase: "negotiation",
        phaseEndsAt: at(1_200_000),
        pausedRemainingMs: null,
      });
    });

    it.each([idle("lobby"), idle("debrief")])("is refused outside a timed phase (%o)", (table) => {
      expect(nextClock(table, action, ALL, now)).toBe("There is no running phase to skip.");
    });
  });

  describe("end", () => {
    it.each([idle("lobby"), running("reading", 1000), paused("negotiation", 1000), running("signing", 1000)])(
      "goes to debrief from %o",
      (table) => {
        expect(nextClock(table, "end", ALL, now)).toEqual({
          phase: "debrief",
          phaseStartedAt: now,
          phaseEndsAt: null,
          pausedRemainingMs: null,
        });
      },
    );

    it("is refused when already over", () => {
      expect(nextClock(idle("debrief"), "end", ALL, now)).toBe("The negotiation is already over.");
    });
  });
});

describe("what each phase allows", () => {
  // chat: floor, delegation, sidebar; then position, propose, respond, walk away
  const rules: Record<PhaseName, [boolean, boolean, boolean, boolean, boolean, boolean, boolean]> = {
    lobby: [false, false, false, false, false, false, false],
    reading: [false, true, false, false, false, false, false],
    opening: [true, true, true, true, false, false, true],
    negotiation: [true, true, true, true, true, true, true],
    final_proposals: [true, true, true, true, true, true, true],
    signing: [true, true, true, false, false, true, true],
    debrief: [false, false, false, false, false, false, false],
  };

  it.each(PHASES)("%s", (phase) => {
    expect([
      canChat(phase, "floor"),
      canChat(phase, "delegation"),
      canChat(phase, "sidebar"),
      canPublishPosition(phase),
      canPropose(phase),
      canRespond(phase),
      canWalkAway(phase),
    ]).toEqual(rules[phase]);
  });

  it("treats a chat without a channel as the floor", () => {
    expect(canChat("reading")).toBe(false);
    expect(canChat("opening")).toBe(true);
  });
});
