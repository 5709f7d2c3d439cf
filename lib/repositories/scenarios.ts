// A session's scenario by its stored id: a built-in (lib/scenario/*.json), or one a teacher
// uploaded. Uploads never change once saved, so each process keeps the ones it loaded (up to 200).
import type { Db } from "@/lib/db";
import { loadScenario } from "@/lib/scenario/load";
import type { Tx } from "./events";
import { builtInScenarios, DEFAULT_SCENARIO_ID } from "@/lib/scenario/registry";
import type { Scenario } from "@/lib/scenario/schema";

const uploaded = new Map<string, Scenario>();
const MAX_CACHED = 200;

/** Loads an uploaded file as the app uses it: under its row's id, which sessions store. */
function loadUploaded(id: string, source: unknown): Scenario {
  return { ...loadScenario(source, { source: "an uploaded scenario" }), id };
}

export async function scenarioFor(db: Db | Tx, id: string): Promise<Scenario> {
  const found = builtInScenarios().get(id) ?? uploaded.get(id);
  if (found) return found;
  const row = await db.teacherScenario.findUnique({ where: { id }, select: { source: true } });
  if (!row) throw new Error(`No scenario has the id "${id}"`);
  const scenario = loadUploaded(id, JSON.parse(row.source));
  uploaded.set(id, scenario);
  // Bounded: the least recently loaded upload is dropped, and loads again when a session needs it.
  if (uploaded.size > MAX_CACHED) uploaded.delete(uploaded.keys().next().value as string);
  return scenario;
}

export type ScenarioChoice = { id: string; title: string; roles: number; uploaded: boolean };

/** What a teacher may run: the default first, the other built-ins, then their own uploads, newest first. */
export async function scenarioChoices(db: Db, teacherId: string): Promise<ScenarioChoice[]> {
  const own = await db.teacherScenario.findMany({
    where: { teacherId },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, source: true },
  });
  return [
    ...[...builtInScenarios().values()]
      .sort((a, b) => Number(b.id === DEFAULT_SCENARIO_ID) - Number(a.id === DEFAULT_SCENARIO_ID))
      .map((s) => ({
        id: s.id,
        title: s.title,
        roles: s.roles.length,
        uploaded: false,
      })),
    ...own.map((row) => ({
      id: row.id,
      title: row.title,
      roles: ((JSON.parse(row.source) as { roles?: unknown[] }).roles ?? []).length,
      uploaded: true,
    })),
  ];
}

/**
 * A scenario this teacher may use: a built-in or their own upload; null for anyone else's.
 * `null` as the teacher: any upload that exists (a seated student's session already runs on it).
 */
export async function usableScenario(db: Db, teacherId: string | null, id: string): Promise<Scenario | null> {
  if (builtInScenarios().has(id)) return scenarioFor(db, id);
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  const own = await db.teacherScenario.findFirst({
    where: { id, ...(teacherId ? { teacherId } : {}) },
    select: { id: true },
  });
  return own ? scenarioFor(db, id) : null;
}

/** Saves a checked upload as its JSON text (kept in order, unlike jsonb); returns its id. */
export async function saveUploadedScenario(db: Db, teacherId: string, source: object, title: string) {
  const row = await db.teacherScenario.create({
    data: { teacherId, title, source: JSON.stringify(source) },
    select: { id: true },
  });
  return row.id;
}

/** Deletes a teacher's upload unless a session of theirs still runs on it. */
export async function deleteUploadedScenario(
  db: Db,
  teacherId: string,
  id: string,
): Promise<"deleted" | "in use" | "missing"> {
  const own = await db.teacherScenario.findFirst({ where: { id, teacherId }, select: { id: true } });
  if (!own) return "missing";
  if (await db.session.count({ where: { scenarioId: id } })) return "in use";
  await db.teacherScenario.delete({ where: { id } });
  uploaded.delete(id);
  return "deleted";
}

/** The scenario a session runs on. */
export async function sessionScenario(db: Db | Tx, sessionId: string): Promise<Scenario> {
  const session = await db.session.findUniqueOrThrow({ where: { id: sessionId }, select: { scenarioId: true } });
  return scenarioFor(db, session.scenarioId);
}
