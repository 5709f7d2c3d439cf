import { randomInt } from "node:crypto";
import type { Db } from "@/lib/db";
import type { TableState } from "@/lib/realtime/events";
import type { PhaseDurations } from "@/lib/session/phases";
import { isUniqueViolation } from "./events";
import { createSessionSchema, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, type CreateSessionInput } from "@/lib/validations/session";

export function newJoinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]).join("");
}

export async function createSession(db: Db, teacherId: string, input: CreateSessionInput) {
  const data = createSessionSchema.parse(input);
  const phaseDurations: PhaseDurations = {
    reading: data.readingMinutes * 60,
    opening: data.openingMinutes * 60,
    negotiation: data.negotiationMinutes * 60,
    final_proposals: data.finalMinutes * 60,
    signing: data.signingMinutes * 60,
  };
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.session.create({
        data: {
          teacherId,
          title: data.title,
          scenarioId: data.scenarioId,
          joinCode: newJoinCode(),
          assignmentMode: data.assignmentMode,
          phaseDurations,
          articleUrl: data.articleUrl ?? null,
          articleText: data.articleText ?? null,
          tables: { create: Array.from({ length: data.tableCount }, (_, i) => ({ number: i + 1 })) },
        },
      });
    } catch (error) {
      // A code already in use: draw another (rare with 31^6 codes).
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}

export function listSessions(db: Db, teacherId: string) {
  return db.session.findMany({
    where: { teacherId },
    orderBy: { createdAt: "desc" },
    include: { _count: { select: { participants: true } }, tables: { select: { signedProposalId: true, walkedAwayAt: true } } },
  });
}

/** The session if this teacher owns it; null otherwise, so another teacher's sessions look absent. */
export function findOwnedSession(db: Db, teacherId: string, sessionId: string) {
  return db.session.findFirst({ where: { id: sessionId, teacherId }, include: { tables: { orderBy: { number: "asc" } } } });
}

export function toTableState(table: {
  id: string;
  number: number;
  phase: TableState["phase"];
  phaseEndsAt: Date | null;
  pausedRemainingMs: number | null;
}): TableState {
  return {
    id: table.id,
    number: table.number,
    phase: table.phase,
    endsAt: table.phaseEndsAt?.toISOString() ?? null,
    pausedRemainingMs: table.pausedRemainingMs,
  };
}

/** Deletes a session with everything its students wrote or were; only its own teacher can. */
export async function deleteSession(db: Db, teacherId: string, sessionId: string): Promise<boolean> {
  const { count } = await db.session.deleteMany({ where: { id: sessionId, teacherId } });
  return count === 1;
}
