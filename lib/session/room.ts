import type { Delegation, EventPayloads, SummitEvent } from "@/lib/realtime/events";

export type Member = { participantId: string; name: string; delegation: Delegation; tableId: string; mutedUntil: string | null };
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
export type PositionView = EventPayloads["position"] & { tableId: string; delegation: Delegation; author: string; at: string };
export type MessageEvent = Extract<SummitEvent, { kind: "message" | "announcement" }>;
export type Room = {
  members: Member[];
  /** Messages on every channel this screen can see, announcements included, in order. */
  messages: MessageEvent[];
  announcements: Extract<SummitEvent, { kind: "announcement" }>[];
  proposals: ProposalView[];
  /** Every published version, oldest first; the last per table and delegation is current. */
  positions: PositionView[];
  joinLocked: boolean | null;
  /** The latest draft each delegation shared inside itself, by table and delegation. */
  drafts: (EventPayloads["draft"] & { tableId: string; delegation: Delegation; author: string })[];
  /** Tables that walked away, with who (null when the time ran out with nothing signed). */
  walkAways: { tableId: string; delegation: Delegation | null; reason?: string | undefined }[];
  weights: Record<string, number> | null;
};

export const authorName = (event: SummitEvent) => (event.author && "name" in event.author ? event.author.name : event.author ? "Teacher" : "Summit");
const authorId = (event: SummitEvent) => (event.author && "participantId" in event.author ? event.author.participantId : null);

/** What the session looks like after these events, in order: the one fold every screen shares. */
export function deriveRoom(events: SummitEvent[]): Room {
  const room: Room = { members: [], messages: [], announcements: [], proposals: [], positions: [], joinLocked: null, drafts: [], walkAways: [], weights: null };
  const members = new Map<string, Member>();
  const byId = new Map<string, ProposalView>();
  for (const event of events) {
    switch (event.kind) {
      case "join": {
        const id = authorId(event);
        if (id && event.tableId) members.set(id, { participantId: id, name: event.payload.name, delegation: event.payload.delegation, tableId: event.tableId, mutedUntil: null });
        break;
      }
      case "seat": {
        const id = authorId(event);
        const member = id ? members.get(id) : undefined;
        const moved = { participantId: id ?? "", name: event.payload.name, delegation: event.payload.delegation, tableId: event.payload.tableId, mutedUntil: member?.mutedUntil ?? null };
        if (id) members.set(id, moved);
        break;
      }
      case "moderation": {
        const payload = event.payload;
        if (payload.action === "lock") room.joinLocked = payload.locked;
        if (payload.action === "weights") room.weights = payload.weights;
        if (payload.action === "kick") members.delete(payload.participantId);
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
        if (event.tableId && event.delegation) room.positions.push({ ...event.payload, tableId: event.tableId, delegation: event.delegation, author: authorName(event), at: event.at });
        break;
      case "proposal": {
        if (!event.tableId || !event.delegation) break;
        const atTable = room.proposals.filter((p) => p.tableId === event.tableId);
        for (const earlier of atTable) if (earlier.status === "open") earlier.status = "superseded";
        const previous = atTable.at(-1)?.terms ?? null;
        const view: ProposalView = { ...event.payload, tableId: event.tableId, delegation: event.delegation, author: authorName(event), at: event.at, status: "open", votes: {}, previous };
        byId.set(view.proposalId, view);
        room.proposals.push(view);
        break;
      }
      case "response": {
        const proposal = byId.get(event.payload.proposalId);
        if (proposal && event.delegation) proposal.votes[event.delegation] = { accept: event.payload.accept, reason: event.payload.reason, name: authorName(event) };
        break;
      }
      case "withdrawal": {
        const proposal = byId.get(event.payload.proposalId);
        if (proposal) proposal.status = "withdrawn";
        break;
      }
      case "walk_away":
        if (event.tableId) {
          room.walkAways.push({ tableId: event.tableId, delegation: event.delegation, reason: event.payload.reason });
          for (const p of room.proposals) if (p.tableId === event.tableId && p.status === "open") p.status = "withdrawn";
        }
        break;
      case "draft":
        if (event.tableId && event.delegation) {
          room.drafts = room.drafts.filter((d) => !(d.tableId === event.tableId && d.delegation === event.delegation));
          room.drafts.push({ ...event.payload, tableId: event.tableId, delegation: event.delegation, author: authorName(event) });
        }
        break;
      case "signed": {
        const proposal = byId.get(event.payload.proposalId);
        if (proposal) proposal.status = "signed";
        break;
      }
    }
  }
  room.members = [...members.values()];
  return room;
}

/** The current position of each delegation at a table. */
export function currentPositions(room: Room, tableId: string): Partial<Record<Delegation, PositionView>> {
  const current: Partial<Record<Delegation, PositionView>> = {};
  for (const position of room.positions) if (position.tableId === tableId) current[position.delegation] = position;
  return current;
}
