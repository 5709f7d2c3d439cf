// The phase machine of a table, pure. Durations are seconds; a phase of 0 seconds is skipped.
export const PHASES = ["lobby", "reading", "opening", "negotiation", "final_proposals", "signing", "debrief"] as const;
export type PhaseName = (typeof PHASES)[number];
export type TimedPhase = Exclude<PhaseName, "lobby" | "debrief">;
export const TIMED_PHASES = [
  "reading",
  "opening",
  "negotiation",
  "final_proposals",
  "signing",
] as const satisfies readonly TimedPhase[];
export type PhaseDurations = Record<TimedPhase, number>;

export const CLOCK_ACTIONS = ["start", "pause", "resume", "extend1", "extend5", "skip", "end", "reopen"] as const;
export type ClockAction = (typeof CLOCK_ACTIONS)[number];
/** Why a table's clock changed: the teacher's action, its deadline, or the table settling (signed or walked away). */
export type PhaseReason = ClockAction | "deadline" | "settled";

export const PHASE_LABELS: Record<PhaseName, string> = {
  lobby: "Lobby",
  reading: "Reading",
  opening: "Opening statements",
  negotiation: "Negotiation",
  final_proposals: "Final proposals",
  signing: "Signing",
  debrief: "Debrief",
};

/** The phase after `current` that has time set; debrief when none is left. */
export function nextPhase(current: PhaseName, durations: PhaseDurations): PhaseName {
  const start = PHASES.indexOf(current) + 1;
  for (const phase of PHASES.slice(start)) {
    if (phase === "debrief") return "debrief";
    if (durations[phase as TimedPhase] > 0) return phase;
  }
  return "debrief";
}

export function phaseDurationMs(phase: PhaseName, durations: PhaseDurations): number | null {
  if (phase === "lobby" || phase === "debrief") return null;
  return durations[phase] * 1000;
}

/** The scenario's default minutes per phase, for a 50-minute lesson. */
export const DEFAULT_MINUTES: Record<TimedPhase, number> = {
  reading: 5,
  opening: 5,
  negotiation: 20,
  final_proposals: 5,
  signing: 3,
};

export type ChannelKind = "floor" | "delegation" | "sidebar";

/** Reading is for preparing with one's own delegation; the table talks from opening statements on. */
export function canChat(phase: PhaseName, channel: ChannelKind = "floor"): boolean {
  if (phase === "lobby" || phase === "debrief") return false;
  return phase !== "reading" || channel === "delegation";
}

export function canPublishPosition(phase: PhaseName): boolean {
  return phase === "opening" || phase === "negotiation" || phase === "final_proposals";
}

export function canPropose(phase: PhaseName): boolean {
  return phase === "negotiation" || phase === "final_proposals";
}

/** Deals are answered from the negotiation on; the signing phase is the last call. */
export function canRespond(phase: PhaseName): boolean {
  return phase === "negotiation" || phase === "final_proposals" || phase === "signing";
}

/** A delegation may threaten to walk away once the table talks, until the debrief. */
export function canWalkAway(phase: PhaseName): boolean {
  return phase !== "lobby" && phase !== "reading" && phase !== "debrief";
}

export function phaseRule(phase: PhaseName): string {
  switch (phase) {
    case "lobby":
      return "Waiting for the teacher to start.";
    case "reading":
      return "Read the scenario and your brief; talk only inside your delegation.";
    case "opening":
      return "Publish your delegation's position; the floor is open.";
    case "negotiation":
      return "Negotiate: talk, propose and counter deals, accept or reject the one on the table.";
    case "final_proposals":
      return "Last chance to put a deal on the table.";
    case "signing":
      return "Last call: accept or reject the deal on the table; no new proposals.";
    case "debrief":
      return "The negotiation is over.";
  }
}

/** A reopened table negotiates again with this many minutes; the teacher can add more. */
export const REOPEN_MINUTES = 5;
