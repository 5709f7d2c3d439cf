import type { SummitEvent } from "@/lib/realtime/events";
import { VERDICT_LABELS } from "@/components/deal/score-card";
import { PHASE_LABELS } from "@/lib/session/phases";

export const KIND_LABELS: Record<SummitEvent["kind"], string> = {
  join: "Joined",
  leave: "Left",
  message: "Message",
  announcement: "Announcement",
  position: "Position",
  proposal: "Proposal",
  response: "Answer",
  withdrawal: "Withdrawal",
  walk_away: "Walk-away",
  signed: "Signed",
  phase: "Phase change",
};

/** One line of plain text saying what an event was. */
export function describeEvent(event: SummitEvent): string {
  switch (event.kind) {
    case "join":
      return `Joined table ${event.payload.tableNumber}`;
    case "message":
    case "announcement":
      return event.payload.text;
    case "proposal":
      return `Version ${event.payload.version}: ${event.payload.score.total}/100, verdict ${VERDICT_LABELS[event.payload.score.verdict]} (walking away: ${event.payload.score.baseline})`;
    case "response":
      return `${event.payload.accept ? "Accepted" : "Rejected"} version ${event.payload.version}${event.payload.reason ? `: “${event.payload.reason}”` : ""}`;
    case "signed":
      return `Version ${event.payload.version} signed by all three delegations (${event.payload.total}/100)`;
    case "phase":
      return `${PHASE_LABELS[event.payload.phase]}${event.payload.reason === "deadline" ? " (time ran out)" : event.payload.reason === "teacher_end" ? " (ended by the teacher)" : ""}`;
    case "position":
      return event.payload.statement;
    case "leave":
      return `${event.payload.name} left`;
    case "withdrawal":
      return `Withdrew version ${event.payload.version}`;
    case "walk_away":
      return event.payload.reason ?? "Walked away";
  }
}
