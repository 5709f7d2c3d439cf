// A class for lib/bench/realtime.ts, made through the same repositories the app uses: sessions of
// about 33 students, tables of about 9 (3 per delegation), every table in its negotiation.
import { DEFAULT_SCENARIO_ID } from "@/lib/scenario/registry";
import { randomUUID } from "node:crypto";
import { createParticipantToken, PARTICIPANT_COOKIE } from "@/lib/auth/participant-token";
import type { Db } from "@/lib/db";
import { joinSession } from "@/lib/repositories/participants";
import { controlClock } from "@/lib/repositories/rounds";
import { createSession } from "@/lib/repositories/sessions";
import { MAX_TABLES } from "@/lib/domain/placement";

/** One simulated student: who they are for Summit (cookie) and which table they sit at. */
export type Student = { name: string; cookie: string; table: number };

export type ClassSetup = { students: Student[]; sessions: number; tableSizes: number[] };

export type ClassShape = { sessionSize: number; tableSize: number };

/** `total` split into `parts` sizes that differ by at most one. */
export function split(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

/** Whole sessions of at least `sessionSize` (2,000 students: 60 sessions of 33 or 34). */
export function sessionCount(students: number, shape: ClassShape): number {
  return Math.max(1, Math.floor(students / shape.sessionSize));
}

// Sessions are set up a few at a time: joins inside one session wait for its lock anyway, and
// the setup pool (20 connections) should stay busy without queueing.
const PARALLEL_SESSIONS = 8;

/**
 * Creates the sessions of a class of `count` students, seats everyone through joinSession, and
 * starts every session's clock. With only negotiationMinutes set, the negotiation is the first
 * (and only) timed phase, so start puts every table straight into it and chat is allowed.
 */
export async function setUpClass(
  db: Db,
  teacher: { id: string; name: string },
  count: number,
  shape: ClassShape,
  secret: string,
  label: string,
): Promise<ClassSetup> {
  const sizes = split(count, sessionCount(count, shape));
  const tableIndex = new Map<string, number>(); // tableId → index over the whole class
  const perSession: Student[][] = new Array(sizes.length);
  let next = 0;
  const worker = async () => {
    while (next < sizes.length) {
      const index = next++;
      perSession[index] = await setUpSession(
        db,
        teacher,
        sizes[index] ?? 0,
        shape,
        secret,
        `${label} #${index + 1}`,
        tableIndex,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_SESSIONS, sizes.length) }, worker));
  const students = perSession.flat();
  const tableSizes = new Array<number>(tableIndex.size).fill(0);
  for (const student of students) tableSizes[student.table] = (tableSizes[student.table] ?? 0) + 1;
  return { students, sessions: sizes.length, tableSizes };
}

async function setUpSession(
  db: Db,
  teacher: { id: string; name: string },
  size: number,
  shape: ClassShape,
  secret: string,
  title: string,
  tableIndex: Map<string, number>,
): Promise<Student[]> {
  const tableCount = Math.min(MAX_TABLES, Math.max(1, Math.ceil(size / shape.tableSize)));
  const session = await createSession(db, teacher.id, {
    title,
    scenarioId: DEFAULT_SCENARIO_ID,
    negotiationMinutes: 60,
    tableCount,
  });
  if (!session.joinCode) throw new Error(`session ${session.id} has no join code`);
  const students: Student[] = [];
  // One by one: joinSession takes the session's lock, so parallel joins here would only queue.
  for (let i = 0; i < size; i++) {
    const name = `Student ${i + 1}`;
    const { seat, claims } = await joinSession(db, { code: session.joinCode, name });
    if (!tableIndex.has(seat.tableId)) tableIndex.set(seat.tableId, tableIndex.size);
    students.push({
      name,
      cookie: `${PARTICIPANT_COOKIE}=${createParticipantToken(claims, secret)}`,
      table: tableIndex.get(seat.tableId) ?? -1,
    });
  }
  const started = await controlClock(
    db,
    session.id,
    teacher.id,
    { action: "start", clientId: randomUUID() },
    teacher.name,
  );
  const notTalking = started.tables.filter(
    (table) => table.phase !== "negotiation" || table.pausedRemainingMs !== null,
  );
  if (notTalking.length > 0)
    throw new Error(
      `session "${title}": after start, table(s) ${notTalking.map((t) => `${t.number} in ${t.phase}`).join(", ")} are not negotiating`,
    );
  return students;
}
