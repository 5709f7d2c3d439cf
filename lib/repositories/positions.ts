import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { FLOOR } from "@/lib/domain/channels";
import type { Stances } from "@/lib/validations/realtime";
import { appendEvent, spoken } from "./events";
import { writeOnce } from "./once";
import { scenarioFor } from "./scenarios";
import { UserError } from "@/lib/errors";
import { unknownName } from "@/lib/domain/names";
import { openTable, type Speaker } from "./open-table";

/** A delegation publishes (or revises) where it stands; every version is kept. */
export async function publishPosition(
  db: Db,
  speaker: Speaker,
  input: { clientId: string; statement: string; stances: Stances },
) {
  const { terms } = await scenarioFor(db, speaker.scenarioId);
  const unknown = unknownName(
    Object.keys(input.stances),
    terms.map((term) => term.key),
    "term",
  );
  if (unknown) throw new UserError(`A stance names an ${unknown}.`);
  return writeOnce(
    db,
    { sessionId: speaker.sessionId, clientId: input.clientId, author: speaker, kinds: ["position"] },
    async (tx) => {
      await openTable(tx, speaker, "position");
      const last = await tx.position.findFirst({
        where: { tableId: speaker.tableId, delegation: speaker.delegation },
        orderBy: { version: "desc" },
        select: { version: true },
      });
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
        await appendEvent(tx, {
          ...spoken(speaker, input.clientId),
          kind: "position",
          channel: FLOOR,
          payload: { version, statement: input.statement, stances: input.stances },
        }),
      ];
    },
  );
}
