import type { Delegation, EventPayloads, SummitEvent } from "@/lib/realtime/events";

export type Member = { participantId: string; name: string; delegation: Delegation; tableId: string };
export type Vote = { accept: boolean; reason?: string | undefined; name: string };
export type ProposalView = EventPayloads["proposal"] & {
  tableId: string;
  delegation: Delegation;
  author: string;
  at: string;
  status: "open" | "superseded" | "signed";
  votes: Partial<Record<Delegation, Vote>>;
};
export type Room = {
  members: Member[];
  messages: Extract<SummitEvent, { kind: "message" }>[];
  proposals: ProposalView[];
};

const authorName = (event: SummitEvent) => (event.author && "name" in event.author ? event.author.name : "Teacher");

/** What the table looks like after these events, in order: the one fold both screens share. */
export function deriveRoom(events: SummitEvent[]): Room {
  const room: Room = { members: [], messages: [], proposals: [] };
  const byId = new Map<string, ProposalView>();
  for (const event of events) {
    switch (event.kind) {
      case "join":
        if (event.author && "participantId" in event.author && event.tableId) {
          room.members.push({ participantId: event.author.participantId, name: event.payload.name, delegation: event.payload.delegation, tableId: event.tableId });
        }
        break;
      case "message":
        room.messages.push(event);
        break;
      case "proposal": {
        if (!event.tableId || !event.delegation) break;
        for (const earlier of room.proposals) if (earlier.tableId === event.tableId && earlier.status === "open") earlier.status = "superseded";
        const view: ProposalView = { ...event.payload, tableId: event.tableId, delegation: event.delegation, author: authorName(event), at: event.at, status: "open", votes: {} };
        byId.set(view.proposalId, view);
        room.proposals.push(view);
        break;
      }
      case "response": {
        const proposal = byId.get(event.payload.proposalId);
        if (proposal && event.delegation) proposal.votes[event.delegation] = { accept: event.payload.accept, reason: event.payload.reason, name: authorName(event) };
        break;
      }
      case "signed": {
        const proposal = byId.get(event.payload.proposalId);
        if (proposal) proposal.status = "signed";
        break;
      }
    }
  }
  return room;
}
