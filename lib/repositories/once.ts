import type { Db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import type { SummitEvent } from "@/lib/realtime/events";
import { findByClientId, isUniqueViolation, toEventDto, type Tx } from "./events";

export type Author = { participantId: string } | { teacherId: string };

/**
 * Runs `write` at most once per client-chosen id. A retry — even one racing the first
 * attempt — gets the event the first attempt committed, and nothing new is written or sent.
 * `write` returns the events it committed, the acknowledged one first.
 */
export async function writeOnce(
  db: Db,
  sessionId: string,
  clientId: string,
  author: Author,
  write: (tx: Tx) => Promise<SummitEvent[]>,
): Promise<{ event: SummitEvent; fresh: SummitEvent[] }> {
  const earlier = async () => {
    const row = await findByClientId(db, sessionId, clientId);
    if (!row) return null;
    const same = "participantId" in author ? row.participantId === author.participantId : row.teacherId === author.teacherId;
    if (!same) throw new UserError("That clientId was already used by someone else; send a new one.");
    return { event: toEventDto(row), fresh: [] };
  };
  const before = await earlier();
  if (before) return before;
  try {
    const fresh = await db.$transaction(write);
    const [event] = fresh;
    if (!event) throw new Error("write committed no event");
    return { event, fresh };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const after = await earlier();
    if (!after) throw error;
    return after;
  }
}
