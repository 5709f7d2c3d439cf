import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import type { Delegation } from "@/lib/domain/events";
import { roleIds } from "@/lib/domain/names";
import {
  ANNOUNCEMENT,
  channelKind,
  delegationChannel,
  FLOOR,
  resolveStudentChannel,
  sidebarChannel,
} from "@/lib/domain/channels";
import { gateOf, refusal } from "@/lib/domain/gates";
import type { PhaseName } from "@/lib/domain/phases";
import { appendedEvent, appendEvent, appendSql, isUniqueViolation, spoken } from "./events";
import { firstAnswer, writeOnce } from "./once";
import { scenarioFor, sessionScenario } from "./scenarios";
import type { Speaker } from "./open-table";

export type { Speaker };

function studentChannel(delegation: Delegation, requested: string, delegations: readonly Delegation[]): string {
  const channel = resolveStudentChannel(delegation, requested, delegations);
  if (!channel)
    throw new UserError(
      `There is no channel "${requested}" for you: use floor, delegation or sidebar:<another delegation>.`,
    );
  return channel;
}

type TableStateRow = {
  stateVersion: number;
  phase: PhaseName;
  pausedRemainingMs: number | null;
  pausedBy: string | null;
  signedProposalId: string | null;
  walkedAwayAt: Date | null;
  mutedUntil: Date | null;
  kickedAt: Date | null;
  earlier: string | null;
};

// What deciding on a message needs, in one query: the state version, the table's gate, the
// student's mute, and whether this clientId was already used.
const readState = (speaker: Speaker, clientId: string) => Prisma.sql`
  SELECT s."stateVersion", t.phase, t."pausedRemainingMs", t."pausedBy", t."signedProposalId", t."walkedAwayAt",
         p."mutedUntil", p."kickedAt", e.id AS earlier
  FROM "Session" s
  JOIN "SessionTable" t ON t.id = ${speaker.tableId} AND t."sessionId" = s.id
  JOIN "Participant" p ON p.id = ${speaker.participantId} AND p."sessionId" = s.id
  LEFT JOIN "Event" e ON e."sessionId" = s.id AND e."clientId" = ${clientId}
  WHERE s.id = ${speaker.sessionId}`;

const query = <T extends object>(db: Db, sql: Prisma.Sql) => db.pool.query<T>({ text: sql.text, values: sql.values });

// The state each speaker's last message was decided on. Every change to a session's state bumps
// its stateVersion, and the insert is guarded by the version it was decided on, so a stale entry
// costs only the read it saved; a refusal is never given from memory alone.
const lastState = new Map<string, TableStateRow>();
const MAX_REMEMBERED = 50_000;

/**
 * Saves a student's message; the caller broadcasts `fresh` once this resolves. The hot path of a
 * class, so it holds no transaction open: the rules decide on the state last read (one query when
 * there is none), and one statement writes the message with the session's next number — only if
 * that state's version is still current. If a pause, a mute or a phase change slipped in, it reads
 * again. A retried clientId meets the unique index and gets the first answer.
 */
export async function sendMessage(
  db: Db,
  speaker: Speaker,
  input: { clientId: string; text: string; channel: string },
) {
  const { roles } = await scenarioFor(db, speaker.scenarioId);
  const channel = studentChannel(speaker.delegation, input.channel, roleIds(roles));
  const event = {
    ...spoken(speaker, input.clientId),
    kind: "message" as const,
    channel,
    payload: { text: input.text },
  };
  const key = `${speaker.participantId}:${speaker.tableId}`;
  for (let attempt = 0; attempt < 5; attempt++) {
    const remembered = attempt === 0 ? lastState.get(key) : undefined;
    const state = remembered ?? (await query<TableStateRow>(db, readState(speaker, input.clientId))).rows[0];
    if (!state) throw new UserError("You are not seated at this table any more.");
    if (state.earlier) {
      const answer = await firstAnswer(db, {
        sessionId: speaker.sessionId,
        clientId: input.clientId,
        author: speaker,
        kinds: ["message"],
      });
      if (answer) return answer;
    }
    if (!remembered) {
      if (lastState.size >= MAX_REMEMBERED) lastState.clear();
      lastState.set(key, { ...state, earlier: null });
    }
    const refused = state.kickedAt
      ? "Your teacher removed you from this session."
      : refusal(gateOf(state, state), "chat", channelKind(channel));
    if (refused && remembered) continue; // refuse only on what the database says now
    if (refused) throw new UserError(refused);
    try {
      const [row] = (
        await query<{ id: string; seq: number; createdAt: Date; displayName: string | null }>(
          db,
          appendSql(event, state.stateVersion),
        )
      ).rows;
      if (!row) continue; // the state changed since it was read: decide again
      const written = appendedEvent(event, row);
      return { event: written, fresh: [written] };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // The same clientId was written before (a retry, or one racing the first send): the next
      // read finds it and answers with it.
    }
  }
  throw new UserError("Your table is changing quickly right now; send your message again.");
}

/** A teacher posts into any channel of a table of theirs, or announces to every screen. */
export function sendAsTeacher(
  db: Db,
  teacher: { sessionId: string; teacherId: string },
  input: { clientId: string; text: string; tableId?: string | undefined; channel?: string | undefined },
) {
  return writeOnce(
    db,
    { sessionId: teacher.sessionId, clientId: input.clientId, author: teacher, kinds: ["message", "announcement"] },
    async (tx) => {
      if (!input.tableId) {
        return [
          await appendEvent(tx, {
            sessionId: teacher.sessionId,
            kind: "announcement",
            channel: ANNOUNCEMENT,
            teacherId: teacher.teacherId,
            clientId: input.clientId,
            payload: { text: input.text },
          }),
        ];
      }
      const table = await tx.sessionTable.findFirst({
        where: { id: input.tableId, sessionId: teacher.sessionId },
        select: { id: true },
      });
      if (!table) throw new UserError("There is no such table in this session.");
      const channel = input.channel ?? FLOOR;
      const delegations = roleIds((await sessionScenario(tx, teacher.sessionId)).roles);
      const valid =
        channel === FLOOR ||
        delegations.some(
          (a) =>
            channel === delegationChannel(a) || delegations.some((b) => a !== b && channel === sidebarChannel(a, b)),
        );
      if (!valid) throw new UserError(`There is no channel "${channel}" at a table.`);
      return [
        await appendEvent(tx, {
          sessionId: teacher.sessionId,
          kind: "message",
          tableId: table.id,
          channel,
          teacherId: teacher.teacherId,
          clientId: input.clientId,
          payload: { text: input.text },
        }),
      ];
    },
  );
}
