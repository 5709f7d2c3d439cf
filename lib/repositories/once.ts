import type { Db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import type { EventKind, SummitEvent } from "@/lib/domain/events";
import { findByClientId, isUniqueViolation, lockSession, toEventDto, type Tx } from "./events";

export type Author = { participantId: string } | { teacherId: string };

/**
 * What a request is: whose, with which client-chosen id, and which kinds of event answer it
 * (for the teacher's moderation, which action too: a kick's id cannot answer a rename).
 */
export type Request = {
  sessionId: string;
  clientId: string;
  author: Author;
  kinds: readonly EventKind[];
  action?: string;
};

export const OTHER_REQUEST = "That clientId was already used for another request; send a new one.";

/**
 * The answer a request already got, if its clientId was used: the same event again, and nothing
 * new to send. A clientId used by someone else, or for another kind of request, is refused.
 */
export async function firstAnswer(
  db: Db | Tx,
  request: Request,
): Promise<{ event: SummitEvent; fresh: SummitEvent[] } | null> {
  const row = await findByClientId(db, request.sessionId, request.clientId);
  if (!row) return null;
  const same =
    "participantId" in request.author
      ? row.participantId === request.author.participantId
      : row.teacherId === request.author.teacherId;
  if (!same) throw new UserError("That clientId was already used by someone else; send a new one.");
  const action = (row.payload as { action?: unknown } | null)?.action;
  if (!request.kinds.includes(row.kind) || (request.action !== undefined && action !== request.action))
    throw new UserError(OTHER_REQUEST);
  return { event: toEventDto(row), fresh: [] };
}

/**
 * Runs `write` at most once per client-chosen id. The session is locked first and the id looked
 * up again under the lock, so a retry racing the first attempt waits for it and gets its answer
 * (not a refusal the first attempt's own change would cause). `write` returns the events it
 * committed, the acknowledged one first.
 */
export async function writeOnce(
  db: Db,
  request: Request,
  write: (tx: Tx) => Promise<SummitEvent[]>,
): Promise<{ event: SummitEvent; fresh: SummitEvent[] }> {
  const before = await firstAnswer(db, request);
  if (before) return before;
  try {
    return await db.$transaction(async (tx) => {
      await lockSession(tx, request.sessionId);
      const raced = await firstAnswer(tx, request);
      if (raced) return raced;
      const fresh = await write(tx);
      const [event] = fresh;
      if (!event) throw new Error("write committed no event");
      return { event, fresh };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const after = await firstAnswer(db, request);
    if (!after) throw error;
    return after;
  }
}
