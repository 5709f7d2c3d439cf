// The realtime contract, imported by the server and by the browser: the requests a client may
// make with their answers, and what the server pushes. The domain's types come from lib/domain.
import type { Snapshot, SummitEvent, TableState, Viewer } from "@/lib/domain/events";

export type Reply<T> = { data: T } | { error: string };
type Ack<T> = (reply: Reply<T>) => void;

export interface ClientToServerEvents {
  "session:sync": (payload: unknown, ack: Ack<Snapshot>) => void;
  "chat:send": (payload: unknown, ack: Ack<SummitEvent>) => void;
  "deal:propose": (payload: unknown, ack: Ack<SummitEvent>) => void;
  "deal:respond": (payload: unknown, ack: Ack<SummitEvent>) => void;
  "deal:withdraw": (payload: unknown, ack: Ack<SummitEvent>) => void;
  "deal:walk-away": (payload: unknown, ack: Ack<SummitEvent>) => void;
  "deal:stay": (payload: unknown, ack: Ack<SummitEvent>) => void;
  "deal:draft": (payload: unknown, ack: Ack<SummitEvent>) => void;
  "session:weights": (payload: unknown, ack: Ack<SummitEvent>) => void;
  "bot:add": (payload: unknown, ack: Ack<SummitEvent>) => void;
  "clock:ping": (payload: unknown, ack: Ack<{ serverNow: number }>) => void;
  "position:publish": (payload: unknown, ack: Ack<SummitEvent>) => void;
  "clock:control": (payload: unknown, ack: Ack<TableState[]>) => void;
  "seat:move": (payload: unknown, ack: Ack<SummitEvent>) => void;
  "tables:set": (payload: unknown, ack: Ack<SummitEvent>) => void;
  "student:kick": (payload: unknown, ack: Ack<SummitEvent>) => void;
  "student:readmit": (payload: unknown, ack: Ack<SummitEvent>) => void;
  "student:rename": (payload: unknown, ack: Ack<SummitEvent>) => void;
  "student:mute": (payload: unknown, ack: Ack<SummitEvent>) => void;
  "session:lock": (payload: unknown, ack: Ack<SummitEvent>) => void;
}

export interface ServerToClientEvents {
  "event:new": (event: SummitEvent) => void;
  /** To teachers: the students of the session connected right now. */
  "presence:online": (participantIds: string[]) => void;
}

export type SocketData = Viewer;

/** What the browser sends in the handshake: which of its credentials to use, never who it is. */
export type HandshakeAuth = { as: "student" } | { as: "teacher"; sessionId: string };
