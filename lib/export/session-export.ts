import type { Db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { formatDate, formatTime, zoneLabel } from "@/lib/format/time";
import { KIND_LABELS } from "@/lib/report/describe";
import { studentParticipation } from "@/lib/report/participation";
import { listEvents } from "@/lib/repositories/events";
import { listParticipants } from "@/lib/repositories/participants";
import { findOwnedSession } from "@/lib/repositories/sessions";
import type { SummitEvent } from "@/lib/domain/events";
import { channelLabel } from "@/lib/domain/channels";
import { roleNames } from "@/lib/domain/names";
import { sessionScenario } from "@/lib/repositories/scenarios";
import { toCsv } from "./csv";

/** The transcript's columns; the date and time columns name the zone their times are in. */
export const csvColumns = (timeZone: string) => [
  "seq",
  `date (${zoneLabel(timeZone)})`,
  `time (${zoneLabel(timeZone)})`,
  "table",
  "channel",
  "kind",
  "author",
  "delegation",
  "text",
  "details",
];
export const GRADEBOOK_COLUMNS = [
  "student",
  "table",
  "delegation",
  "messages",
  "words",
  "proposals",
  "answers",
  "share of talk (%)",
  "said nothing",
  "grade",
  "comment",
] as const;

const textOf = (event: SummitEvent) =>
  event.kind === "message" || event.kind === "announcement"
    ? event.payload.text
    : event.kind === "position"
      ? event.payload.statement
      : "";

/**
 * One row per event, in order, readable in a spreadsheet: times in the teacher's zone (named in the
 * column headers), channels, kinds and delegations in words; `details` keeps the payload as JSON.
 */
export function eventsToCsv(
  events: SummitEvent[],
  tableNumbers: Map<string, number>,
  names: Record<string, string>,
  timeZone = "UTC",
): string {
  const rows = events.map((event) => [
    event.seq,
    formatDate(event.at, timeZone),
    formatTime(event.at, timeZone),
    event.tableId ? (tableNumbers.get(event.tableId) ?? null) : null,
    event.channel ? channelLabel(event.channel, names) : null,
    KIND_LABELS[event.kind],
    event.author ? ("name" in event.author ? event.author.name : "Teacher") : null,
    event.delegation ? (names[event.delegation] ?? event.delegation) : null,
    textOf(event),
    JSON.stringify(event.payload),
  ]);
  return toCsv([csvColumns(timeZone), ...rows]);
}

/** One row per student for a gradebook: what they did, and the teacher's grade and comment. The computer is not a student. */
export function gradebookCsv(data: Awaited<ReturnType<typeof exportSession>>): string {
  const tableNumbers = new Map(data.tables.map((t) => [t.id, t.number]));
  const names = roleNames(data.session.roles);
  const rows = studentParticipation(data.participants, data.events).map((r) => [
    r.name,
    r.tableId ? (tableNumbers.get(r.tableId) ?? null) : null,
    r.delegation ? (names[r.delegation] ?? r.delegation) : null,
    r.messages,
    r.words,
    r.proposals,
    r.votes,
    Math.round(r.share * 100),
    r.silent ? "yes" : "no",
    r.grade,
    r.comment,
  ]);
  return toCsv([[...GRADEBOOK_COLUMNS], ...rows]);
}

/** Everything about a session for its own teacher; another teacher's session looks absent. Times are ISO 8601 in UTC. */
export async function exportSession(db: Db, teacherId: string, sessionId: string) {
  const session = await findOwnedSession(db, teacherId, sessionId);
  if (!session) throw new UserError("No session of yours has that id.");
  const [events, everyone, scenario] = await Promise.all([
    listEvents(db, session.id, 0, "teacher"),
    listParticipants(db, session.id),
    sessionScenario(db, session.id),
  ]);
  // What a teacher may take away: never a seat's token nonce or resume code.
  const participants = everyone.map(
    ({ id, displayName, delegation, tableId, isComputer, joinedAt, grade, comment }) => ({
      id,
      displayName,
      delegation,
      tableId,
      isComputer,
      joinedAt,
      grade,
      comment,
    }),
  );
  return {
    format: "summit-session-export/1",
    times: "ISO 8601, UTC",
    session: {
      id: session.id,
      title: session.title,
      scenarioId: session.scenarioId,
      scenarioTitle: scenario.title,
      roles: scenario.roles.map(({ id, name }) => ({ id, name })),
      status: session.status,
      createdAt: session.createdAt,
      phaseDurations: session.phaseDurations,
      weights: session.weights,
    },
    tables: session.tables.map((t) => ({
      id: t.id,
      number: t.number,
      phase: t.phase,
      signedProposalId: t.signedProposalId,
      walkedAwayAt: t.walkedAwayAt,
      walkedAwayBy: t.walkedAwayBy,
    })),
    participants,
    events,
  };
}
