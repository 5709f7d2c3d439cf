// The realtime contract, imported by the server and by the browser: the requests a client may
// make with their answers, and what the server pushes. The domain's types come from lib/domain.
import type { z } from "zod";
import type { Snapshot, SummitEvent, TableState, Viewer } from "@/lib/domain/events";
import type * as v from "@/lib/validations/realtime";

export type Reply<T> = { data: T } | { error: string };
type Ack<T> = (reply: Reply<T>) => void;

// Each request's payload is what its zod schema accepts (lib/validations/realtime.ts), so a client
// cannot send a shape the server would refuse for its form; the server still parses every one.
type In<S extends z.ZodType> = z.input<S>;
type Request<S extends z.ZodType, T> = (payload: In<S>, ack: Ack<T>) => void;

export interface ClientToServerEvents {
  "session:sync": Request<typeof v.syncSchema, Snapshot>;
  "clock:ping": (payload: Record<string, never>, ack: Ack<{ serverNow: number }>) => void;
  "chat:send": (payload: In<typeof v.chatSendSchema> | In<typeof v.teacherChatSchema>, ack: Ack<SummitEvent>) => void;
  "deal:propose": Request<typeof v.proposeSchema, SummitEvent>;
  "deal:respond": Request<typeof v.respondSchema, SummitEvent>;
  "deal:withdraw": Request<typeof v.withdrawSchema, SummitEvent>;
  "deal:walk-away": Request<typeof v.walkAwaySchema, SummitEvent>;
  "deal:stay": Request<typeof v.staySchema, SummitEvent>;
  "deal:draft": Request<typeof v.draftSchema, SummitEvent>;
  "position:publish": Request<typeof v.positionSchema, SummitEvent>;
  "session:weights": Request<typeof v.weightsSchema, SummitEvent>;
  "bot:add": Request<typeof v.addComputerSchema, SummitEvent>;
  "clock:control": Request<typeof v.clockSchema, TableState[]>;
  "seat:move": Request<typeof v.moveSchema, SummitEvent>;
  "tables:set": Request<typeof v.tablesSchema, SummitEvent>;
  "student:kick": Request<typeof v.kickSchema, SummitEvent>;
  "student:readmit": Request<typeof v.readmitSchema, SummitEvent>;
  "student:rename": Request<typeof v.renameSchema, SummitEvent>;
  "student:mute": Request<typeof v.muteSchema, SummitEvent>;
  "session:lock": Request<typeof v.lockSchema, SummitEvent>;
}

/** The requests a screen sends through its outbox (reads excluded), each with its body and answer. */
export type RequestName = Exclude<keyof ClientToServerEvents, "session:sync" | "clock:ping">;
type Body<P> = P extends unknown ? Omit<P, "clientId"> : never;
/** What a screen passes for a request: its payload without the clientId the outbox adds. */
export type RequestBody<N extends RequestName> = Body<Parameters<ClientToServerEvents[N]>[0]>;
/** What the server answers a request with when it accepts it. */
/** Sends a request through the screen's outbox and resolves with the server's answer. */
export type Send = <N extends RequestName>(name: N, payload: RequestBody<N>) => Promise<Reply<RequestAnswer<N>>>;
export type RequestAnswer<N extends RequestName> =
  Parameters<Parameters<ClientToServerEvents[N]>[1]>[0] extends Reply<infer T> ? T : never;

export interface ServerToClientEvents {
  "event:new": (event: SummitEvent) => void;
  /** To teachers: the students of the session connected right now. */
  "presence:online": (participantIds: string[]) => void;
}

export type SocketData = Viewer;

/** What the browser sends in the handshake: which of its credentials to use, never who it is. */
export type HandshakeAuth = { as: "student" } | { as: "teacher"; sessionId: string };
