// The realtime contract, imported by the server and by the browser.
import type { Deal } from "@/lib/scenario/hanoi/terms";
import type { ScoreResult } from "@/lib/scoring/score";
import type { PhaseName } from "@/lib/session/phases";

export const DELEGATIONS = ["US", "DPRK", "CHINA"] as const;
export type Delegation = (typeof DELEGATIONS)[number];

export const EVENTS = {
  sessionSync: "session:sync",
  chatSend: "chat:send",
  dealPropose: "deal:propose",
  dealRespond: "deal:respond",
  clockPing: "clock:ping",
  roundStart: "round:start",
  roundEnd: "round:end",
  eventNew: "event:new",
} as const;

export type EventPayloads = {
  join: { name: string; delegation: Delegation; tableNumber: number };
  leave: { name: string };
  message: { text: string };
  announcement: { text: string };
  position: { version: number; statement: string };
  proposal: { proposalId: string; version: number; terms: Deal; score: ScoreResult };
  response: { proposalId: string; version: number; accept: boolean; reason?: string };
  withdrawal: { proposalId: string; version: number };
  walk_away: { reason?: string };
  signed: { proposalId: string; version: number; total: number; verdict: ScoreResult["verdict"] };
  phase: { phase: PhaseName; endsAt: string | null; reason: "start" | "deadline" | "teacher_end" | "skip" };
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
};

export type Me =
  | { role: "student"; participantId: string; name: string; delegation: Delegation; tableId: string; tableNumber: number }
  | { role: "teacher"; teacherId: string; name: string };

export type Snapshot = {
  me: Me;
  session: { id: string; title: string; status: string; joinCode: string | null };
  tables: TableState[];
  events: SummitEvent[];
  serverNow: number;
};

export type Reply<T> = { data: T } | { error: string };
type Ack<T> = (reply: Reply<T>) => void;

export interface ClientToServerEvents {
  "session:sync": (payload: unknown, ack: Ack<Snapshot>) => void;
  "chat:send": (payload: unknown, ack: Ack<SummitEvent>) => void;
  "deal:propose": (payload: unknown, ack: Ack<SummitEvent>) => void;
  "deal:respond": (payload: unknown, ack: Ack<SummitEvent>) => void;
  "clock:ping": (payload: unknown, ack: Ack<{ serverNow: number }>) => void;
  "round:start": (payload: unknown, ack: Ack<TableState[]>) => void;
  "round:end": (payload: unknown, ack: Ack<TableState[]>) => void;
}

export interface ServerToClientEvents {
  "event:new": (event: SummitEvent) => void;
}

export type SocketData =
  | { role: "student"; sessionId: string; participantId: string; name: string; tableId: string; tableNumber: number; delegation: Delegation }
  | { role: "teacher"; sessionId: string; teacherId: string; name: string };

/** What the browser sends in the handshake: which of its credentials to use, never who it is. */
export type HandshakeAuth = { as: "student" } | { as: "teacher"; sessionId: string };
