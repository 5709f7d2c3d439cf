import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { FLOOR } from "@/lib/session/channels";
import { canPublishPosition } from "@/lib/session/phases";
import type { Stances } from "@/lib/validations/realtime";
import { appendEvent, lockSession, spoken } from "./events";
import type { Speaker } from "./messages";
import { writeOnce } from "./once";

/** A delegation publishes (or revises) where it stands; every version is kept. */
export function publishPosition(db: Db, speaker: Speaker, input: { clientId: string; statement: string; stances: Stances }) {
  return writeOnce(db, speaker.sessionId, input.clientId, speaker, async (tx) => {
    await lockSession(tx, speaker.sessionId);
    const table = await tx.sessionTable.findUniqueOrThrow({ where: { id: speaker.tableId }, select: { phase: true } });
    if (!canPublishPosition(table.phase)) throw new UserError("Positions are published from the opening statements until the final proposals.");
    const last = await tx.position.findFirst({ where: { tableId: speaker.tableId, delegation: speaker.delegation }, orderBy: { version: "desc" }, select: { version: true } });
    const version = (last?.version ?? 0) + 1;
    await tx.position.create({
      data: {
        tableId: speaker.tableId,
        delegation: speaker.delegation,
        version,
        statement: input.statement,
        stances: input.stances as Prisma.InputJsonValue,
        participantId: speaker.participantId,
      },
    });
    return [
      await appendEvent(tx, { ...spoken(speaker, input.clientId), kind: "position", channel: FLOOR, payload: { version, statement: input.statement, stances: input.stances } }),
    ];
  });
}
