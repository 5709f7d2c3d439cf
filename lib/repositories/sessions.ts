import { usableScenario } from "./scenarios";
import { UserError } from "@/lib/errors";
import { randomInt } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import type { TableState } from "@/lib/domain/events";
import type { PhaseDurations } from "@/lib/domain/phases";
import { isUniqueViolation } from "./events";
import {
  createSessionSchema,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  type CreateSessionInput,
} from "@/lib/validations/session";

export function newJoinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]).join(
    "",
  );
}

type NewSession = Omit<Prisma.SessionUncheckedCreateInput, "joinCode" | "tables"> & { tableCount: number };

/** Creates a session in the lobby with a fresh join code and its tables. */
async function insertSession(db: Db, { tableCount, ...data }: NewSession) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.session.create({
        data: {
          ...data,
          joinCode: newJoinCode(),
          tables: { create: Array.from({ length: tableCount }, (_, i) => ({ number: i + 1 })) },
        },
      });
    } catch (error) {
      // A code already in use: draw another (rare with 31^6 codes).
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}

export async function createSession(db: Db, teacherId: string, input: CreateSessionInput) {
  const data = createSessionSchema.parse(input);
  // A built-in, or one of this teacher's own uploads: never another teacher's.
  if (!(await usableScenario(db, teacherId, data.scenarioId)))
    throw new UserError("Choose one of the scenarios listed.");
  const phaseDurations: PhaseDurations = {
    reading: data.readingMinutes * 60,
    opening: data.openingMinutes * 60,
    negotiation: data.negotiationMinutes * 60,
    final_proposals: data.finalMinutes * 60,
    signing: data.signingMinutes * 60,
  };
  return insertSession(db, {
    teacherId,
    title: data.title,
    scenarioId: data.scenarioId,
    assignmentMode: data.assignmentMode,
    phaseDurations,
    articleUrl: data.articleUrl ?? null,
    articleText: data.articleText ?? null,
    tableCount: data.tableCount,
  });
}

/**
 * A new lobby set up like one of the teacher's sessions: scenario, tables, seating, minutes,
 * weights and article; no students and nothing said. Null when the session is not theirs.
 */
export async function duplicateSession(db: Db, teacherId: string, sessionId: string) {
  const source = await db.session.findFirst({
    where: { id: sessionId, teacherId },
    include: { _count: { select: { tables: true } } },
  });
  if (!source) return null;
  const suffix = " (again)";
  return insertSession(db, {
    teacherId,
    title: source.title.endsWith(suffix) ? source.title : `${source.title.slice(0, 120 - suffix.length)}${suffix}`,
    scenarioId: source.scenarioId,
    assignmentMode: source.assignmentMode,
    phaseDurations: source.phaseDurations as Prisma.InputJsonValue,
    weights: (source.weights ?? undefined) as Prisma.InputJsonValue | undefined,
    articleUrl: source.articleUrl,
    articleText: source.articleText,
    tableCount: source._count.tables,
  });
}

export function listSessions(db: Db, teacherId: string) {
  return db.session.findMany({
    where: { teacherId },
    orderBy: { createdAt: "desc" },
    include: {
      _count: { select: { participants: { where: { isComputer: false } } } },
      tables: { select: { phase: true, signedProposalId: true, walkedAwayBy: true } },
    },
  });
}

/** The session if this teacher owns it; null otherwise, so another teacher's sessions look absent. */
export function findOwnedSession(db: Db, teacherId: string, sessionId: string) {
  return db.session.findFirst({
    where: { id: sessionId, teacherId },
    include: { tables: { orderBy: { number: "asc" } } },
  });
}

export function toTableState(table: {
  id: string;
  number: number;
  phase: TableState["phase"];
  phaseEndsAt: Date | null;
  pausedRemainingMs: number | null;
  pausedBy: string | null;
}): TableState {
  return {
    id: table.id,
    number: table.number,
    phase: table.phase,
    endsAt: table.phaseEndsAt?.toISOString() ?? null,
    pausedRemainingMs: table.pausedRemainingMs,
    pausedBy: table.pausedRemainingMs !== null ? table.pausedBy : null,
  };
}

/** Deletes a session with everything its students wrote or were; only its own teacher can. */
export async function deleteSession(db: Db, teacherId: string, sessionId: string): Promise<boolean> {
  const { count } = await db.session.deleteMany({ where: { id: sessionId, teacherId } });
  return count === 1;
}
