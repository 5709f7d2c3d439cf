import type { Delegation, EventPayloads, SummitEvent } from "@/lib/domain/events";

export type Member = {
  participantId: string;
  name: string;
  delegation: Delegation;
  tableId: string;
  mutedUntil: string | null;
  computer: boolean;
};
/** How a table settled: signed, a delegation walked away, or no deal when time ran out or the teacher ended it. */
export type TableOutcomeView =
  | { kind: "signed"; version: number; at: string }
  | { kind: "walked_away"; delegation: Delegation; reason?: string | undefined; at: string }
  | { kind: "no_deal"; cause: "time" | "teacher"; at: string };
export type WalkThreat = {
  tableId: string;
  delegation: Delegation;
  votes: number;
  needed: number;
  reason?: string | undefined;
  at: string;
  voters: string[];
};
export type Vote = { accept: boolean; reason?: string | undefined; name: string };
export type ProposalView = EventPayloads["proposal"] & {
  tableId: string;
  delegation: Delegation;
  author: string;
  at: string;
  status: "open" | "superseded" | "withdrawn" | "signed";
  /** The version this one followed at the table, to show what changed. */
  previous: EventPayloads["proposal"]["terms"] | null;
  votes: Partial<Record<Delegation, Vote>>;
};
export type PositionView = EventPayloads["position"] & {
  tableId: string;
  delegation: Delegation;
  author: string;
  at: string;
};
export type MessageEvent = Extract<SummitEvent, { kind: "message" | "announcement" }>;
export type Room = {
  members: Member[];
  /** Students the teacher removed, as they were, so the teacher can let them back in. */
  removed: Member[];
  /** Messages on every channel this screen can see, announcements included, in order. */
  messages: MessageEvent[];
  announcements: Extract<SummitEvent, { kind: "announcement" }>[];
  proposals: ProposalView[];
  /** Every published version, oldest first; the last per table and delegation is current. */
  positions: PositionView[];
  joinLocked: boolean | null;
  /** The latest draft each delegation shared inside itself, by table and delegation. */
  drafts: (EventPayloads["draft"] & { tableId: string; delegation: Delegation; author: string })[];
  /** How each table settled, by table id; a reopened table has none again. */
  outcomes: Partial<Record<string, TableOutcomeView>>;
  /** Delegations voting to walk away, not yet decided. */
  threats: WalkThreat[];
  weights: Record<string, number> | null;
  /** When each table last saw something happen (talk, deals, positions), by table id. */
  lastActivity: Partial<Record<string, string>>;
  /** When each student last said or did something, or joined, by participant id. */
  lastSpoke: Partial<Record<string, string>>;
  /** Since when each table has been talking without a break: entering a talking phase, a resume or a reopen. */
  talkSince: Partial<Record<string, string>>;
};

// What counts as taking part: a student's words and moves at the table (not joins or seat moves).
const ACTIVE_KINDS = new Set<SummitEvent["kind"]>([
  "message",
  "position",
  "proposal",
  "response",
  "withdrawal",
  "walk_threat",
  "walk_cancel",
  "walk_away",
  "draft",
]);

const TALKING_PHASES = new Set<string>(["opening", "negotiation", "final_proposals", "signing"]);

export const authorName = (event: SummitEvent) =>
  event.author && "name" in event.author ? event.author.name : event.author ? "Teacher" : "Summit";
const authorId = (event: SummitEvent) =>
  event.author && "participantId" in event.author ? event.author.participantId : null;

/** What the session looks like after these events, in order: the one fold every screen shares. */
export function deriveRoom(events: SummitEvent[]): Room {
  const room: Room = {
    members: [],
    removed: [],
    messages: [],
    announcements: [],
    proposals: [],
    positions: [],
    joinLocked: null,
    drafts: [],
    outcomes: {},
    threats: [],
    weights: null,
    lastActivity: {},
    lastSpoke: {},
    talkSince: {},
  };
  const members = new Map<string, Member>();
  const removed = new Map<string, Member>();
  const byId = new Map<string, ProposalView>();
  const dropThreats = (tableId: string, delegation?: Delegation | null) => {
    room.threats = room.threats.filter(
      (t) => t.tableId !== tableId || (delegation !== undefined && t.delegation !== delegation),
    );
  };
  for (const event of events) {
    const speaker = authorId(event);
    if (speaker && ACTIVE_KINDS.has(event.kind)) room.lastSpoke[speaker] = event.at;
    if (event.tableId && ACTIVE_KINDS.has(event.kind)) room.lastActivity[event.tableId] = event.at;
    switch (event.kind) {
      case "join": {
        const id = authorId(event);
        const computer = event.payload.computer === true;
        if (id && event.tableId)
          members.set(id, {
            participantId: id,
            name: event.payload.name,
            delegation: event.payload.delegation,
            tableId: event.tableId,
            mutedUntil: null,
            computer,
          });
        if (id && !room.lastSpoke[id]) room.lastSpoke[id] = event.at;
        break;
      }
      case "seat": {
        const id = authorId(event);
        const member = id ? members.get(id) : undefined;
        const moved = {
          participantId: id ?? "",
          name: event.payload.name,
          delegation: event.payload.delegation,
          tableId: event.payload.tableId,
          mutedUntil: member?.mutedUntil ?? null,
          computer: member?.computer ?? false,
        };
        if (id) members.set(id, moved);
        break;
      }
      case "moderation": {
        const payload = event.payload;
        if (payload.action === "lock") room.joinLocked = payload.locked;
        if (payload.action === "weights") room.weights = payload.weights;
        if (payload.action === "kick") {
          const gone = members.get(payload.participantId);
          if (gone && !gone.computer) removed.set(gone.participantId, gone);
          members.delete(payload.participantId);
        }
        const back = payload.action === "readmit" ? removed.get(payload.participantId) : undefined;
        if (back) {
          members.set(back.participantId, back);
          removed.delete(back.participantId);
        }
        const member = "participantId" in payload ? members.get(payload.participantId) : undefined;
        if (member && payload.action === "rename") member.name = payload.name;
        if (member && payload.action === "mute") member.mutedUntil = payload.until;
        break;
      }
      case "message":
        room.messages.push(event);
        break;
      case "announcement":
        room.messages.push(event);
        room.announcements.push(event);
        break;
      case "position":
        if (event.tableId && event.delegation)
          room.positions.push({
            ...event.payload,
            tableId: event.tableId,
            delegation: event.delegation,
            author: authorName(event),
            at: event.at,
          });
        break;
      case "proposal": {
        if (!event.tableId || !event.delegation) break;
        const atTable = room.proposals.filter((p) => p.tableId === event.tableId);
        for (const earlier of atTable) if (earlier.status === "open") earlier.status = "superseded";
        const previous = atTable.at(-1)?.terms ?? null;
        const view: ProposalView = {
          ...event.payload,
          tableId: event.tableId,
          delegation: event.delegation,
          author: authorName(event),
          at: event.at,
          status: "open",
          votes: {},
          previous,
        };
        byId.set(view.proposalId, view);
        room.proposals.push(view);
        break;
      }
      case "response": {
        const proposal = byId.get(event.payload.proposalId);
        if (proposal && event.delegation)
          proposal.votes[event.delegation] = {
            accept: event.payload.accept,
            reason: event.payload.reason,
            name: authorName(event),
          };
        break;
      }
      case "withdrawal": {
        const proposal = byId.get(event.payload.proposalId);
        if (proposal) proposal.status = "withdrawn";
        break;
      }
      case "walk_away":
        if (event.tableId) {
          room.outcomes[event.tableId] =
            event.payload.automatic || !event.delegation
              ? { kind: "no_deal", cause: event.payload.cause ?? "time", at: event.at }
              : { kind: "walked_away", delegation: event.delegation, reason: event.payload.reason, at: event.at };
          for (const p of room.proposals)
            if (p.tableId === event.tableId && p.status === "open") p.status = "withdrawn";
          dropThreats(event.tableId);
        }
        break;
      case "walk_threat":
        if (event.tableId && event.delegation) {
          const earlier = room.threats.find((t) => t.tableId === event.tableId && t.delegation === event.delegation);
          const voters = [...new Set([...(earlier?.voters ?? []), ...(speaker ? [speaker] : [])])];
          dropThreats(event.tableId, event.delegation);
          room.threats.push({
            tableId: event.tableId,
            delegation: event.delegation,
            votes: event.payload.votes,
            needed: event.payload.needed,
            reason: event.payload.reason,
            at: event.at,
            voters,
          });
        }
        break;
      case "walk_cancel":
        if (event.tableId && event.delegation) dropThreats(event.tableId, event.delegation);
        break;
      case "phase": {
        if (!event.tableId) break;
        if (event.payload.reason === "reopen") {
          delete room.outcomes[event.tableId];
          dropThreats(event.tableId);
        }
        const talking = TALKING_PHASES.has(event.payload.phase) && event.payload.pausedRemainingMs == null;
        if (!talking) delete room.talkSince[event.tableId];
        else if (
          !room.talkSince[event.tableId] ||
          event.payload.reason === "resume" ||
          event.payload.reason === "reopen"
        )
          room.talkSince[event.tableId] = event.at;
        break;
      }
      case "draft":
        if (event.tableId && event.delegation) {
          room.drafts = room.drafts.filter((d) => !(d.tableId === event.tableId && d.delegation === event.delegation));
          room.drafts.push({
            ...event.payload,
            tableId: event.tableId,
            delegation: event.delegation,
            author: authorName(event),
          });
        }
        break;
      case "signed": {
        const proposal = byId.get(event.payload.proposalId);
        if (proposal) proposal.status = "signed";
        if (event.tableId)
          room.outcomes[event.tableId] = { kind: "signed", version: event.payload.version, at: event.at };
        if (event.tableId) dropThreats(event.tableId);
        break;
      }
    }
  }
  room.members = [...members.values()];
  room.removed = [...removed.values()];
  return room;
}

/** The current position of each delegation at a table. */
export function currentPositions(room: Room, tableId: string): Partial<Record<Delegation, PositionView>> {
  const current: Partial<Record<Delegation, PositionView>> = {};
  for (const position of room.positions) if (position.tableId === tableId) current[position.delegation] = position;
  return current;
}
