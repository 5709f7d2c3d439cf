// The phase machine of a table, pure. Durations are seconds; a phase of 0 seconds is skipped.
export const PHASES = ["lobby", "reading", "opening", "negotiation", "final_proposals", "signing", "debrief"] as const;
export type PhaseName = (typeof PHASES)[number];
export type TimedPhase = Exclude<PhaseName, "lobby" | "debrief">;
export const TIMED_PHASES = ["reading", "opening", "negotiation", "final_proposals", "signing"] as const satisfies readonly TimedPhase[];
export type PhaseDurations = Record<TimedPhase, number>;

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

export function canChat(phase: PhaseName): boolean {
  return phase !== "lobby" && phase !== "debrief";
}

export function canPropose(phase: PhaseName): boolean {
  return phase === "negotiation" || phase === "final_proposals";
}

export function canRespond(phase: PhaseName): boolean {
  return phase === "negotiation" || phase === "final_proposals" || phase === "signing";
}
