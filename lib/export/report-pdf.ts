import type { Db } from "@/lib/db";
import { describeEvent, KIND_LABELS, VERDICT_LABELS } from "@/lib/report/describe";
import { participation } from "@/lib/report/participation";
import { debriefOf } from "@/lib/repositories/outcomes";
import { DELEGATION_NAMES } from "@/lib/session/names";
import { renderPdf, type PdfReport } from "./pdf";
import { exportSession } from "./session-export";

const time = (iso: string) => new Date(iso).toISOString().slice(11, 19);

/** The session's report as a printable PDF: outcomes, participation and the whole transcript. */
export async function sessionReportPdf(db: Db, teacherId: string, sessionId: string): Promise<Uint8Array> {
  const data = await exportSession(db, teacherId, sessionId);
  const outcomes = await debriefOf(db, sessionId, true);
  const graded = await db.participant.findMany({ where: { sessionId }, select: { id: true, grade: true, comment: true } });
  const tableNumber = new Map(data.tables.map((t) => [t.id, t.number]));
  const rows = participation(
    data.participants.map((p) => ({ id: p.id, name: p.displayName, delegation: p.delegation, tableId: p.tableId, isComputer: p.isComputer })),
    data.events,
  );
  const report: PdfReport = {
    title: `Summit report: ${data.session.title}`,
    subtitle: `Created ${data.session.createdAt.toISOString().slice(0, 10)} · ${data.tables.length} tables · ${data.participants.length} students · ${data.events.length} events`,
    sections: [
      {
        heading: "Outcomes",
        lines: data.tables.map((t) => {
          const outcome = outcomes.find((o) => o.tableId === t.id);
          if (!outcome) return `Table ${t.number}: still negotiating (${t.phase}).`;
          if (!outcome.signed) return `Table ${t.number}: no deal, walked away${outcome.walkedAwayBy ? ` (${DELEGATION_NAMES[outcome.walkedAwayBy]})` : ""}.`;
          const s = outcome.signed.score;
          return `Table ${t.number}: signed version ${outcome.signed.version}, ${s.total}/100, verdict ${VERDICT_LABELS[s.verdict]}. ${s.summary}`;
        }),
      },
      {
        heading: "Participation",
        lines: rows.map((r) => {
          const g = graded.find((x) => x.id === r.id);
          const who = `${r.name}${r.delegation ? ` (${DELEGATION_NAMES[r.delegation]}, table ${tableNumber.get(r.tableId ?? "") ?? "?"})` : ""}`;
          const counts = `${r.messages} messages, ${r.words} words, ${r.proposals} proposals, ${r.votes} answers, ${Math.round(r.share * 100)}% of the table's talk${r.silent ? ", said nothing" : ""}`;
          return `${who}: ${counts}.${g?.grade ? ` Grade: ${g.grade}.` : ""}${g?.comment ? ` Comment: ${g.comment}` : ""}`;
        }),
      },
      {
        heading: "Transcript (times in UTC)",
        lines: data.events.map((e) => {
          const author = e.author ? ("name" in e.author ? e.author.name : "Teacher") : "Summit";
          const where = `${e.tableId ? `T${tableNumber.get(e.tableId) ?? "?"}` : "all"}${e.channel ? ` ${e.channel}` : ""}`;
          return `#${e.seq} ${time(e.at)} [${where}] ${author}${e.delegation ? ` (${DELEGATION_NAMES[e.delegation]})` : ""} — ${KIND_LABELS[e.kind]}: ${describeEvent(e)}`;
        }),
      },
    ],
  };
  return renderPdf(report);
}
