// Benchmark: a session with 5,000 events. Prints how long the report's data and a page of the
// transcript take, and how long each export takes. Uses DATABASE_URL's server or an embedded one.
import { DEFAULT_SCENARIO_ID } from "@/lib/scenario/registry";
import { mkdtemp, rm, chmod } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { closeDb, createDb } from "@/lib/db";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";
import { createTestDatabase } from "@/lib/testing/test-database";
import { sessionReportPdf } from "@/lib/export/report-pdf";
import { eventsToCsv, exportSession } from "@/lib/export/session-export";
import { filterEvents } from "@/lib/report/filter";
import { studentParticipation } from "@/lib/report/participation";
import { listEvents } from "@/lib/repositories/events";
import { createSession } from "@/lib/repositories/sessions";
import { createTeacher } from "@/lib/repositories/teachers";

const EVENTS = 5000;
const STUDENTS = 30;

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  console.log(`${label.padEnd(44)} ${(performance.now() - started).toFixed(0).padStart(6)} ms`);
  return result;
}

let cleanup = async () => {};
if (!process.env.DATABASE_URL) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "summit-bench-"));
  await chmod(dir, 0o755);
  const server = await startEmbeddedPostgres(path.join(dir, "data"), "postgres");
  process.env.DATABASE_URL = server.url;
  cleanup = async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
const database = await createTestDatabase();
await applyMigrations(database.url, { log: () => {} });
const db = createDb(database.url);
try {
  const teacher = await createTeacher(db, { name: "Bench", email: "bench@example.test", password: "bench-password" });
  const session = await createSession(db, teacher.id, {
    title: "Large",
    scenarioId: DEFAULT_SCENARIO_ID,
    negotiationMinutes: 20,
    tableCount: 4,
  });
  const tables = await db.sessionTable.findMany({ where: { sessionId: session.id } });
  const delegations = ["US", "DPRK", "CHINA"] as const;
  const students = await Promise.all(
    Array.from({ length: STUDENTS }, (_, i) =>
      db.participant.create({
        data: {
          sessionId: session.id,
          tableId: tables[i % tables.length]?.id ?? null,
          delegation: delegations[i % 3],
          displayName: `Student ${i}`,
          nameKey: `student ${i}`,
          tokenNonce: `n${i}`,
        },
      }),
    ),
  );
  await db.event.createMany({
    data: Array.from({ length: EVENTS }, (_, i) => {
      const s = students[i % STUDENTS];
      return {
        sessionId: session.id,
        seq: i + 1,
        kind: "message" as const,
        tableId: s?.tableId ?? null,
        channel: "floor",
        participantId: s?.id ?? null,
        delegation: s?.delegation ?? null,
        clientId: `bench-${i}`,
        payload: { text: `Message ${i}, with "quotes", commas and a line\nbreak 🕊️` },
      };
    }),
  });
  await db.session.update({ where: { id: session.id }, data: { lastSeq: EVENTS } });
  console.log(`A session with ${EVENTS} events and ${STUDENTS} students:`);
  const events = await timed("report: load every event", () => listEvents(db, session.id, 0, "teacher"));
  await timed("report: participation + first page (200)", async () => {
    studentParticipation(students, events);
    return filterEvents(events, { q: "message 49" });
  });
  await timed("export: CSV", async () =>
    eventsToCsv(
      (await exportSession(db, teacher.id, session.id)).events,
      new Map(tables.map((t) => [t.id, t.number])),
      {},
    ),
  );
  await timed("export: JSON", async () => JSON.stringify(await exportSession(db, teacher.id, session.id)));
  await timed("export: PDF report", () => sessionReportPdf(db, teacher.id, session.id));
} finally {
  await closeDb(db);
  await database.drop();
  await cleanup();
}
process.exit(0);
