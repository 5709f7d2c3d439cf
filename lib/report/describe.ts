import type { SummitEvent } from "@/lib/domain/events";
import { count } from "@/lib/format/count";
import { editorialView } from "@/lib/scoring/teach";
import { PHASE_LABELS, type PhaseReason } from "@/lib/domain/phases";

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
  seat: "Seat",
  moderation: "Moderation",
  draft: "Draft",
  walk_threat: "Walk-away vote",
  walk_cancel: "Stay",
};

const PHASE_REASONS: Record<PhaseReason, string> = {
  start: " (started by the teacher)",
  deadline: " (time ran out)",
  end: " (ended by the teacher)",
  skip: " (skipped to by the teacher)",
  pause: " — clock paused",
  resume: " — clock resumed",
  extend1: " — 1 minute added",
  extend5: " — 5 minutes added",
  reopen: " (reopened by the teacher)",
  settled: " — clock stopped: the table settled",
};

/** One line of plain text saying what an event was. */
/** An event in words; `names` are the scenario's role names by id. */
export function describeEvent(event: SummitEvent, names: Record<string, string>): string {
  switch (event.kind) {
    case "join":
      return `Joined table ${event.payload.tableNumber}${event.payload.computer ? " (played by the computer)" : ""}`;
    case "message":
    case "announcement":
      return event.payload.text;
    case "proposal":
      return `Version ${event.payload.version}: ${event.payload.score.total}/100 (walking away: ${event.payload.score.baseline}); ${editorialView(event.payload.score.verdict).toLowerCase()}`;
    case "response":
      return `${event.payload.accept ? "Accepted" : "Rejected"} version ${event.payload.version}${event.payload.reason ? `: “${event.payload.reason}”` : ""}`;
    case "signed":
      return `Version ${event.payload.version} signed by every delegation (${event.payload.total}/100)`;
    case "phase":
      return `${PHASE_LABELS[event.payload.phase]}${PHASE_REASONS[event.payload.reason]}`;
    case "position":
      return event.payload.statement;
    case "leave":
      return `${event.payload.name} left`;
    case "withdrawal":
      return `Withdrew version ${event.payload.version}`;
    case "walk_away":
      if (event.payload.automatic)
        return event.payload.cause === "teacher"
          ? "No deal: the teacher ended the table before anything was signed"
          : "No deal: time ran out before anything was signed";
      return `Walked away${event.payload.reason ? `: “${event.payload.reason}”` : ""}`;
    case "walk_threat":
      return `Voted to walk away (${event.payload.votes} of ${event.payload.needed} ${event.payload.needed === 1 ? "vote" : "votes"} needed)${event.payload.reason ? `: “${event.payload.reason}”` : ""}`;
    case "walk_cancel":
      return "Chose to stay: the walk-away vote is cleared";
    case "draft":
      return `Shared a draft inside the delegation: ${event.payload.score.total}/100; ${editorialView(event.payload.score.verdict).toLowerCase()}`;
    case "seat":
      return `${event.payload.name} moved to table ${event.payload.tableNumber}, ${names[event.payload.delegation] ?? event.payload.delegation}`;
    case "moderation":
      return describeModeration(event.payload, event.at);
  }
}

function describeModeration(payload: Extract<SummitEvent, { kind: "moderation" }>["payload"], at: string): string {
  switch (payload.action) {
    case "kick":
      return `${payload.name} was removed from the session`;
    case "readmit":
      return `${payload.name} was let back into the session`;
    case "rename":
      return `${payload.previous} is now called ${payload.name}`;
    case "mute":
      return payload.until
        ? `${payload.name} was muted for ${count(Math.round((Date.parse(payload.until) - Date.parse(at)) / 60_000), "minute")}`
        : `${payload.name} may speak again`;
    case "lock":
      return payload.locked ? "Joining was locked" : "Joining was reopened";
    case "weights":
      return `The criteria weights were changed: ${Object.entries(payload.weights)
        .map(([id, w]) => `${id} ${w}`)
        .join(", ")}`;
    case "tables":
      return `The class was split into ${payload.count} ${payload.count === 1 ? "table" : "tables"}`;
  }
}
