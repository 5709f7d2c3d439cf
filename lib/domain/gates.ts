// What a student may do at their table right now, and if not, why, in words they can act on.
// Pure: the server refuses with these messages and the screens disable controls with the same ones.
import {
  canChat,
  canPropose,
  canPublishPosition,
  canRespond,
  canWalkAway,
  type ChannelKind,
  type PhaseName,
} from "./phases";

export type TableGate = {
  phase: PhaseName;
  pausedRemainingMs: number | null;
  pausedBy: string | null;
  /** How the table settled before the debrief, if it did. */
  settled: "signed" | "walked_away" | null;
  /** How long the student's mute still lasts, when muted. */
  mutedForMs?: number | null;
};

export type StudentAct = "chat" | "position" | "propose" | "respond" | "withdraw" | "walk_away" | "draft";

export const pausedNotice = (pausedBy: string | null) =>
  `Paused by ${pausedBy ?? "your teacher"}: nothing can be sent until the clock runs again.`;

export const mutedNotice = (ms: number) => {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `Your teacher has muted you for ${minutes === 1 ? "1 more minute" : `${minutes} more minutes`}.`;
};

export const settledNotice = (settled: "signed" | "walked_away") =>
  settled === "signed"
    ? "Your table has signed a deal: it waits for the debrief."
    : "Your table has walked away: no deal can be made now.";

/** Null when the act is allowed; otherwise the reason. */
export function refusal(table: TableGate, act: StudentAct, channel: ChannelKind = "floor"): string | null {
  const { phase } = table;
  const running = phase !== "lobby" && phase !== "debrief";
  if (running && table.pausedRemainingMs !== null) return pausedNotice(table.pausedBy);
  if (table.mutedForMs && table.mutedForMs > 0) return mutedNotice(table.mutedForMs);
  const dealing = act === "propose" || act === "respond" || act === "withdraw" || act === "walk_away";
  if (running && dealing && table.settled) return settledNotice(table.settled);
  if (phase === "debrief" && dealing) return "The negotiation is over.";
  switch (act) {
    case "chat":
      if (phase === "lobby") return "The channels open when your teacher starts.";
      if (phase === "debrief") return "The round is over; the channels are closed.";
      return canChat(phase, channel) ? null : "While reading, talk only inside your delegation.";
    case "position":
      return canPublishPosition(phase)
        ? null
        : "Positions are published from the opening statements until the final proposals.";
    case "propose":
      return canPropose(phase)
        ? null
        : phase === "signing"
          ? "Signing is the last call: answer the deal on the table; no new proposals."
          : "Deals are proposed from the negotiation on.";
    case "respond":
      return canRespond(phase) ? null : "Deals are accepted or rejected from the negotiation on.";
    case "walk_away":
      return canWalkAway(phase) ? null : "A delegation can walk away once the table talks.";
    case "withdraw":
      return running ? null : "Deals are proposed from the negotiation on.";
    case "draft":
      return running ? null : "Drafts are shared while the session runs.";
  }
}

/** The gate of a stored table row, and of the student's own row when given (their mute). */
export function gateOf(
  row: {
    phase: PhaseName;
    pausedRemainingMs: number | null;
    pausedBy: string | null;
    signedProposalId: string | null;
    walkedAwayAt: Date | null;
  },
  student?: { mutedUntil: Date | null },
  now = Date.now(),
): TableGate {
  const muted = student?.mutedUntil ? student.mutedUntil.getTime() - now : null;
  return {
    phase: row.phase,
    pausedRemainingMs: row.pausedRemainingMs,
    pausedBy: row.pausedBy,
    settled: row.signedProposalId ? "signed" : row.walkedAwayAt ? "walked_away" : null,
    mutedForMs: muted !== null && muted > 0 ? muted : null,
  };
}
