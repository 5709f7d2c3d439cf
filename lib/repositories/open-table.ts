import { UserError } from "@/lib/errors";
import type { Delegation } from "@/lib/domain/events";
import { gateOf, refusal, type StudentAct } from "@/lib/domain/gates";
import type { ChannelKind } from "@/lib/domain/phases";
import type { Tx } from "./events";

/** A seated student acting for their own seat, as the handshake established it. */
export type Speaker = {
  sessionId: string;
  scenarioId: string;
  participantId: string;
  tableId: string;
  delegation: Delegation;
};

/**
 * The speaker's table, read under the session lock writeOnce holds, refused with the gate's reason
 * when `act` is not allowed now (lobby, debrief, a paused clock, a settled table, the wrong phase, a mute).
 */
export async function openTable(tx: Tx, speaker: Speaker, act: StudentAct, channel?: ChannelKind) {
  const table = await tx.sessionTable.findUniqueOrThrow({
    where: { id: speaker.tableId },
    include: { session: { select: { weights: true } } },
  });
  const student = await tx.participant.findUniqueOrThrow({
    where: { id: speaker.participantId },
    select: { mutedUntil: true, kickedAt: true },
  });
  if (student.kickedAt) throw new UserError("Your teacher removed you from this session.");
  const refused = refusal(gateOf(table, student), act, channel);
  if (refused) throw new UserError(refused);
  return table;
}
