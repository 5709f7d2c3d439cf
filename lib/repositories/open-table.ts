import { UserError } from "@/lib/errors";
import type { Delegation } from "@/lib/realtime/events";
import { gateOf, refusal, type StudentAct } from "@/lib/session/gates";
import type { ChannelKind } from "@/lib/session/phases";
import { lockSession, type Tx } from "./events";

/** A seated student acting for their own seat, as the handshake established it. */
export type Speaker = { sessionId: string; participantId: string; tableId: string; delegation: Delegation };

/**
 * Locks the session and reads the speaker's table, refusing with the gate's reason when `act` is
 * not allowed now (lobby, debrief, a paused clock, a settled table, the wrong phase).
 */
export async function openTable(tx: Tx, speaker: Speaker, act: StudentAct, channel?: ChannelKind) {
  await lockSession(tx, speaker.sessionId);
  const table = await tx.sessionTable.findUniqueOrThrow({ where: { id: speaker.tableId }, include: { session: { select: { weights: true } } } });
  const refused = refusal(gateOf(table), act, channel);
  if (refused) throw new UserError(refused);
  return table;
}
