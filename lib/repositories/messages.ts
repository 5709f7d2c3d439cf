import type { Db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import type { Delegation } from "@/lib/realtime/events";
import { FLOOR } from "@/lib/session/channels";
import { canChat } from "@/lib/session/phases";
import { appendEvent, lockSession } from "./events";
import { writeOnce } from "./once";

export type Speaker = { sessionId: string; participantId: string; tableId: string; delegation: Delegation };

/** Saves a floor message; the caller broadcasts `fresh` once this resolves. */
export function sendMessage(db: Db, speaker: Speaker, input: { clientId: string; text: string }) {
  return writeOnce(db, speaker.sessionId, input.clientId, speaker, async (tx) => {
    await lockSession(tx, speaker.sessionId);
    const table = await tx.sessionTable.findUniqueOrThrow({ where: { id: speaker.tableId }, select: { phase: true } });
    if (!canChat(table.phase)) {
      throw new UserError(table.phase === "lobby" ? "The floor opens when your teacher starts the round." : "The round is over; the floor is closed.");
    }
    const participant = await tx.participant.findUniqueOrThrow({ where: { id: speaker.participantId }, select: { mutedUntil: true } });
    if (participant.mutedUntil && participant.mutedUntil > new Date()) throw new UserError("Your teacher has muted you for a moment.");
    return [
      await appendEvent(tx, {
        sessionId: speaker.sessionId,
        kind: "message",
        tableId: speaker.tableId,
        channel: FLOOR,
        participantId: speaker.participantId,
        delegation: speaker.delegation,
        clientId: input.clientId,
        payload: { text: input.text },
      }),
    ];
  });
}
