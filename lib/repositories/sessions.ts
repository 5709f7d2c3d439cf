import { randomInt } from "node:crypto";
import type { Db } from "@/lib/db";
import type { TableState } from "@/lib/realtime/events";
import type { PhaseDurations } from "@/lib/session/phases";
import { isUniqueViolation } from "./events";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, type CreateSessionInput } from "@/lib/validations/session";

export function newJoinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]).join("");
}

export async function createSession(db: Db, teacherId: string, input: CreateSessionInput) {
  // The first issue runs one timed round; the other phases exist with no time and are skipped.
  const phaseDurations: PhaseDurations = {
    reading: 0,
    opening: 0,
    negotiation: input.negotiationMinutes * 60,
    final_proposals: 0,
    signing: 0,
  };
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.session.create({
        data: {
          teacherId,
          title: input.title,
          scenarioId: input.scenarioId,
          joinCode: newJoinCode(),
          phaseDurations,
          tables: { create: [{ number: 1 }] },
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
    include: { _count: { select: { participants: true } } },
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
