// The phase clock of one table as a pure state machine: what each teacher action or deadline does
// to it, or why it cannot. Persistence stores the result; nothing here reads or writes.
import {
  nextPhase,
  phaseDurationMs,
  REOPEN_MINUTES,
  type PhaseDurations,
  type PhaseName,
  type PhaseReason,
} from "./phases";

/** A table's clock as stored: its phase, when that phase ends, and what was left when paused. */
type Stored = { phase: PhaseName; phaseEndsAt: Date | null; pausedRemainingMs: number | null };
export type Settled = "signed" | "walked_away";
export type ClockState = Stored & { settled?: Settled | null };
export type Clock = Stored & { phaseStartedAt?: Date };

/** What an action does to one table's clock, or why it cannot. Pure, so every rule is testable. */
export function nextClock(
  table: ClockState,
  action: PhaseReason,
  durations: PhaseDurations,
  now: Date,
): Clock | string {
  const timed = table.phase !== "lobby" && table.phase !== "debrief";
  const settled = table.settled ?? null;
  const enter = (phase: PhaseName, ms = phaseDurationMs(phase, durations)): Clock => ({
    phase,
    phaseStartedAt: now,
    phaseEndsAt: ms === null ? null : new Date(now.getTime() + ms),
    pausedRemainingMs: null,
  });
  switch (action) {
    case "start":
      return table.phase === "lobby" ? enter(nextPhase("lobby", durations)) : "The session has already started.";
    case "deadline":
    case "skip":
      if (timed && settled) return enter("debrief");
      return timed ? enter(nextPhase(table.phase, durations)) : "There is no running phase to skip.";
    case "end":
      return table.phase === "debrief" ? "The negotiation is already over." : enter("debrief");
    case "reopen":
      if (settled === "signed") return "A table that signed a deal stays signed.";
      if (table.phase !== "debrief" && settled !== "walked_away")
        return "Only a table that ended or walked away can be reopened.";
      return enter("negotiation", REOPEN_MINUTES * 60_000);
    case "settled":
      return timed
        ? { phase: table.phase, phaseEndsAt: null, pausedRemainingMs: null }
        : "There is no running phase to stop.";
    case "pause":
      if (timed && settled) return "This table has settled: its clock has stopped.";
      if (!timed || !table.phaseEndsAt)
        return table.pausedRemainingMs !== null
          ? "The clock is already paused."
          : "There is no clock running to pause.";
      return {
        phase: table.phase,
        phaseEndsAt: null,
        pausedRemainingMs: Math.max(0, table.phaseEndsAt.getTime() - now.getTime()),
      };
    case "resume":
      if (table.pausedRemainingMs === null) return "The clock is not paused.";
      return {
        phase: table.phase,
        phaseEndsAt: new Date(now.getTime() + table.pausedRemainingMs),
        pausedRemainingMs: null,
      };
    case "extend1":
    case "extend5": {
      const extra = action === "extend1" ? 60_000 : 300_000;
      if (timed && settled) return "This table has settled: its clock has stopped.";
      if (table.pausedRemainingMs !== null)
        return { phase: table.phase, phaseEndsAt: null, pausedRemainingMs: table.pausedRemainingMs + extra };
      if (!timed || !table.phaseEndsAt) return "There is no running phase to extend.";
      return {
        phase: table.phase,
        phaseEndsAt: new Date(table.phaseEndsAt.getTime() + extra),
        pausedRemainingMs: null,
      };
    }
  }
}

/** How a table settled, from its stored columns: signed, walked away, or not yet. */
export const settledOf = (table: { signedProposalId: string | null; walkedAwayAt: Date | null }): Settled | null =>
  table.signedProposalId ? "signed" : table.walkedAwayAt ? "walked_away" : null;
