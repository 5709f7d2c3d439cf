import type { Db } from "@/lib/db";
import { count } from "@/lib/format/count";
import { formatDateTime, formatTime, zoneLabel } from "@/lib/format/time";
import { debriefColumns } from "@/lib/report/debrief";
import { describeEvent, KIND_LABELS } from "@/lib/report/describe";
import { studentParticipation } from "@/lib/report/participation";
import { debriefOf } from "@/lib/repositories/outcomes";
import { allPayoffsOf } from "@/lib/domain/briefs";
import type { Scenario } from "@/lib/scenario/schema";
import { sessionScenario } from "@/lib/repositories/scenarios";
import { editorialView } from "@/lib/scoring/teach";
import { channelLabel } from "@/lib/domain/channels";
import { roleNames } from "@/lib/domain/names";
import { PHASE_LABELS } from "@/lib/domain/phases";
import { renderPdf, type PdfReport, type PdfTable } from "./pdf";
import { exportSession } from "./session-export";

/** The debrief board as a table: a column per table that finished, the reference deals and walking away. */
function debriefTable(
  scenario: Scenario,
  outcomes: Awaited<ReturnType<typeof debriefOf>>,
  weights: Record<string, number> | undefined,
): PdfTable {
  const { columns, summaries, known } = debriefColumns(scenario, outcomes, allPayoffsOf(scenario), weights);
  const names = roleNames(scenario.roles);
  return {
    head: ["", ...columns.map((c) => c.title)],
    rows: [
      ["Outcome", ...columns.map((c) => c.outcome)],
      ["Editorial score", ...columns.map((c) => `${c.score.total} · ${editorialView(c.score.verdict)}`)],
      ...(columns[0]?.score.criteria ?? []).map((criterion, i) => [
        criterion.title,
        ...columns.map((c) => String(c.score.criteria[i]?.score ?? 0)),
      ]),
      ...known.map((d) => [`Payoff: ${names[d]}`, ...summaries.map((s) => (s ? String(s.byDelegation[d] ?? 0) : "—"))]),
    ],
  };
}

/** The session's report as a printable PDF: outcomes, the debrief, participation with grades, and the whole transcript. */
export async function sessionReportPdf(
  db: Db,
  teacherId: string,
  sessionId: string,
  timeZone = "UTC",
): Promise<Uint8Array> {
  const data = await exportSession(db, teacherId, sessionId);
  const outcomes = await debriefOf(db, sessionId, true);
  const scenario = await sessionScenario(db, sessionId);
  const names = roleNames(scenario.roles);
  const tableNumber = new Map(data.tables.map((t) => [t.id, t.number]));
  const rows = studentParticipation(data.participants, data.events);
  const weights = (data.session.weights ?? undefined) as Record<string, number> | undefined;
  const report: PdfReport = {
    title: `Summit report: ${data.session.title}`,
    subtitle: `Created ${formatDateTime(data.session.createdAt, timeZone)} · ${count(data.tables.length, "table")} · ${count(rows.length, "student")} · ${count(data.events.length, "event")} · times in ${zoneLabel(timeZone)}`,
    sections: [
      {
        heading: "Outcomes",
        lines: [
          `Scenario: ${scenario.title}.`,
          ...data.tables.map((t) => {
            const outcome = outcomes.find((o) => o.tableId === t.id);
            if (!outcome) return `Table ${t.number}: still at ${PHASE_LABELS[t.phase]}.`;
            if (!outcome.signed)
              return `Table ${t.number}: no deal${outcome.walkedAwayBy ? `: ${names[outcome.walkedAwayBy] ?? outcome.walkedAwayBy} walked away` : ""}.`;
            const s = outcome.signed.score;
            return `Table ${t.number}: signed version ${outcome.signed.version}, ${s.total}/100, ${editorialView(s.verdict).toLowerCase()}. ${s.summary}`;
          }),
        ],
      },
      { heading: "Debrief: every table against the editorial", table: debriefTable(scenario, outcomes, weights) },
      {
        heading: "Participation",
        lines: rows.map((r) => {
          const who = `${r.name}${r.delegation ? ` (${names[r.delegation] ?? r.delegation}, table ${tableNumber.get(r.tableId ?? "") ?? "?"})` : ""}`;
          const counts = [
            count(r.messages, "message"),
            count(r.words, "word"),
            count(r.proposals, "proposal"),
            count(r.votes, "answer"),
          ].join(", ");
          return `${who}: ${counts}, ${Math.round(r.share * 100)}% of the table's talk${r.silent ? ", said nothing" : ""}.${r.grade ? ` Grade: ${r.grade}.` : ""}${r.comment ? ` Comment: ${r.comment}` : ""}`;
        }),
      },
      {
        heading: "Transcript",
        lines: data.events.map((e) => {
          const author = e.author ? ("name" in e.author ? e.author.name : "Teacher") : "Summit";
          const where = `${e.tableId ? `Table ${tableNumber.get(e.tableId) ?? "?"}` : "Everyone"}${e.channel ? `, ${channelLabel(e.channel, names)}` : ""}`;
          return `${formatTime(e.at, timeZone)} [${where}] ${author}${e.delegation ? ` (${names[e.delegation] ?? e.delegation})` : ""} — ${KIND_LABELS[e.kind]}: ${describeEvent(e, names)}`;
        }),
      },
    ],
  };
  return renderPdf(report);
}
