// The domain's vocabulary: delegations, the events a session is made of, a table's state, and
// what a screen needs to draw itself. Pure types, imported by persistence, transport and screens.
import type { ScenarioDeal as Deal } from "@/lib/scenario/deal";
import type { ScoreResult } from "@/lib/scoring/engine";
import type { Stances } from "@/lib/validations/realtime";
import type { PhaseDurations, PhaseName, PhaseReason } from "./phases";

/** A delegation is one of the session's scenario roles, by id ("US", "EGYPT"): two to five of them. */
export type Delegation = string;

export type EventPayloads = {
  join: { name: string; delegation: Delegation; tableNumber: number; computer?: boolean };
  leave: { name: string };
  message: { text: string };
  announcement: { text: string };
  position: { version: number; statement: string; stances: Stances };
  proposal: { proposalId: string; version: number; terms: Deal; score: ScoreResult };
  response: { proposalId: string; version: number; accept: boolean; reason?: string };
  withdrawal: { proposalId: string; version: number };
  /**
   * A delegation walked away (it is the event's delegation); or, with `automatic`, the table
   * reached the debrief with no deal because time ran out or the teacher ended it.
   */
  walk_away: { reason?: string; automatic?: boolean; cause?: "time" | "teacher" };
  /** A member of the event's delegation voted to walk away: `votes` of the `needed` majority so far. */
  walk_threat: { reason?: string; votes: number; needed: number };
  /** A member of the event's delegation chose to stay: the walk-away votes are cleared. */
  walk_cancel: Record<string, never>;
  draft: { terms: Deal; score: ScoreResult };
  signed: { proposalId: string; version: number; total: number; verdict: ScoreResult["verdict"] };
  phase: {
    phase: PhaseName;
    endsAt: string | null;
    pausedRemainingMs?: number | null;
    pausedBy?: string | null;
    reason: PhaseReason;
  };
  seat: { name: string; tableId: string; tableNumber: number; delegation: Delegation };
  moderation:
    | { action: "kick"; participantId: string; name: string }
    | { action: "readmit"; participantId: string; name: string }
    | { action: "rename"; participantId: string; name: string; previous: string }
    | { action: "mute"; participantId: string; name: string; until: string | null }
    | { action: "lock"; locked: boolean }
    | { action: "tables"; count: number }
    | { action: "weights"; weights: Record<string, number> };
};
export type EventKind = keyof EventPayloads;

type EventOf<K extends EventKind> = {
  seq: number;
  id: string;
  kind: K;
  tableId: string | null;
  channel: string | null;
  delegation: Delegation | null;
  author: { participantId: string; name: string } | { teacher: true } | null;
  clientId: string | null;
  payload: EventPayloads[K];
  at: string;
};
export type SummitEvent = { [K in EventKind]: EventOf<K> }[EventKind];

export type TableState = {
  id: string;
  number: number;
  phase: PhaseName;
  endsAt: string | null;
  pausedRemainingMs: number | null;
  /** The teacher who paused the clock, while it is paused. */
  pausedBy: string | null;
};

export type Me =
  | {
      role: "student";
      participantId: string;
      name: string;
      delegation: Delegation;
      tableId: string;
      tableNumber: number;
    }
  | { role: "teacher"; teacherId: string; name: string };

export type TableOutcome = {
  tableId: string;
  number: number;
  signed: { version: number; terms: Deal; score: ScoreResult } | null;
  walkedAwayBy: Delegation | null;
};

/** A delegation's private brief. */
export type Brief = { role: Delegation; goals: string[]; limits: string[]; tactics: string[] };
/** A delegation's private points: term → option → points. */
export type Payoffs = Record<string, Partial<Record<string, number>>>;
export type PrivateBrief = { brief: Brief; payoffs: Payoffs };

export type Snapshot = {
  me: Me;
  session: {
    id: string;
    title: string;
    status: string;
    joinCode: string | null;
    joinLocked: boolean;
    assignmentMode: "auto" | "teacher" | "choice";
    phaseDurations: PhaseDurations;
    articleUrl: string | null;
    articleText: string | null;
    /** The session's criteria weights; null means the scenario's defaults. */
    weights: Record<string, number> | null;
  };
  /** Only the viewer's own delegation for a student; every delegation for the teacher. */
  briefs: Record<Delegation, PrivateBrief>;
  resumeCode: string | null;
  /** Outcomes of the tables that reached the debrief, once the viewer may see them. */
  debrief: TableOutcome[];
  tables: TableState[];
  events: SummitEvent[];
  /** Students connected right now: for the teacher's screens; empty for a student. */
  online: string[];
  serverNow: number;
};

/** Who is looking: a seated student or the session's teacher, as the handshake established. */
export type Viewer =
  | {
      role: "student";
      sessionId: string;
      scenarioId: string;
      participantId: string;
      name: string;
      tableId: string;
      tableNumber: number;
      delegation: Delegation;
    }
  | { role: "teacher"; sessionId: string; teacherId: string; name: string };
