import type { Db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { DELEGATIONS, type Delegation } from "@/lib/realtime/events";
import { ANNOUNCEMENT, channelKind, delegationChannel, FLOOR, resolveStudentChannel, sidebarChannel } from "@/lib/session/channels";
import { appendEvent, lockSession } from "./events";
import { writeOnce } from "./once";
import { openTable, type Speaker } from "./open-table";

export type { Speaker };

function studentChannel(delegation: Delegation, requested: string): string {
  const channel = resolveStudentChannel(delegation, requested);
  if (!channel) throw new UserError(`There is no channel "${requested}" for you: use floor, delegation or sidebar:<another delegation>.`);
  return channel;
}

/** Saves a student's message; the caller broadcasts `fresh` once this resolves. */
export function sendMessage(db: Db, speaker: Speaker, input: { clientId: string; text: string; channel: string }) {
  const channel = studentChannel(speaker.delegation, input.channel);
  return writeOnce(db, speaker.sessionId, input.clientId, speaker, async (tx) => {
    await openTable(tx, speaker, "chat", channelKind(channel));
    const participant = await tx.participant.findUniqueOrThrow({ where: { id: speaker.participantId }, select: { mutedUntil: true } });
    if (participant.mutedUntil && participant.mutedUntil > new Date()) {
      const minutes = Math.ceil((participant.mutedUntil.getTime() - Date.now()) / 60_000);
      throw new UserError(`Your teacher has muted you for ${minutes === 1 ? "1 more minute" : `${minutes} more minutes`}.`);
    }
    return [
      await appendEvent(tx, {
        sessionId: speaker.sessionId,
        kind: "message",
        tableId: speaker.tableId,
        channel,
        participantId: speaker.participantId,
        delegation: speaker.delegation,
        clientId: input.clientId,
        payload: { text: input.text },
      }),
    ];
  });
}

/** A teacher posts into any channel of a table of theirs, or announces to every screen. */
export function sendAsTeacher(
  db: Db,
  teacher: { sessionId: string; teacherId: string },
  input: { clientId: string; text: string; tableId?: string | undefined; channel?: string | undefined },
) {
  return writeOnce(db, teacher.sessionId, input.clientId, teacher, async (tx) => {
    await lockSession(tx, teacher.sessionId);
    if (!input.tableId) {
      return [
        await appendEvent(tx, { sessionId: teacher.sessionId, kind: "announcement", channel: ANNOUNCEMENT, teacherId: teacher.teacherId, clientId: input.clientId, payload: { text: input.text } }),
      ];
    }
    const table = await tx.sessionTable.findFirst({ where: { id: input.tableId, sessionId: teacher.sessionId }, select: { id: true } });
    if (!table) throw new UserError("There is no such table in this session.");
    const channel = input.channel ?? FLOOR;
    const valid = channel === FLOOR || DELEGATIONS.some((a) => channel === delegationChannel(a) || DELEGATIONS.some((b) => a !== b && channel === sidebarChannel(a, b)));
    if (!valid) throw new UserError(`There is no channel "${channel}" at a table.`);
    return [
      await appendEvent(tx, { sessionId: teacher.sessionId, kind: "message", tableId: table.id, channel, teacherId: teacher.teacherId, clientId: input.clientId, payload: { text: input.text } }),
    ];
  });
}
