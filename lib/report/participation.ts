import type { Delegation, SummitEvent } from "@/lib/domain/events";

export type Student = {
  id: string;
  name: string;
  delegation: Delegation | null;
  tableId: string | null;
  isComputer: boolean;
};
export type Participation = Student & {
  messages: number;
  words: number;
  proposals: number;
  votes: number;
  share: number;
  silent: boolean;
};
export type Totals = { messages: number; words: number; proposals: number; votes: number };

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Who took part, and how much: counts per student, each one's share of their table's words,
 * and a flag on those who said nothing at all (no message, proposal, vote or position).
 */
export function participation(students: Student[], events: SummitEvent[]): Participation[] {
  const stats = new Map(students.map((s) => [s.id, { messages: 0, words: 0, proposals: 0, votes: 0, positions: 0 }]));
  for (const event of events) {
    const id = event.author && "participantId" in event.author ? event.author.participantId : null;
    const row = id ? stats.get(id) : undefined;
    if (!row) continue;
    if (event.kind === "message") {
      row.messages += 1;
      row.words += words(event.payload.text);
    } else if (event.kind === "proposal") row.proposals += 1;
    else if (event.kind === "response") row.votes += 1;
    else if (event.kind === "position") row.positions += 1;
  }
  const tableWords = new Map<string | null, number>();
  for (const s of students) tableWords.set(s.tableId, (tableWords.get(s.tableId) ?? 0) + (stats.get(s.id)?.words ?? 0));
  return students.map((s) => {
    const row = stats.get(s.id) ?? { messages: 0, words: 0, proposals: 0, votes: 0, positions: 0 };
    const total = tableWords.get(s.tableId) ?? 0;
    return {
      ...s,
      messages: row.messages,
      words: row.words,
      proposals: row.proposals,
      votes: row.votes,
      share: total > 0 ? row.words / total : 0,
      silent: !s.isComputer && row.messages + row.proposals + row.votes + row.positions === 0,
    };
  });
}

/** Sums of the rows by a key: a delegation at a table, or a table. */
export function totalsBy(rows: Participation[], key: (row: Participation) => string): Map<string, Totals> {
  const totals = new Map<string, Totals>();
  for (const row of rows) {
    const t = totals.get(key(row)) ?? { messages: 0, words: 0, proposals: 0, votes: 0 };
    totals.set(key(row), {
      messages: t.messages + row.messages,
      words: t.words + row.words,
      proposals: t.proposals + row.proposals,
      votes: t.votes + row.votes,
    });
  }
  return totals;
}

type Participant = {
  id: string;
  displayName: string;
  delegation: Delegation | null;
  tableId: string | null;
  isComputer: boolean;
  grade?: string | null;
  comment?: string | null;
};

/**
 * The students among a session's participants (the computer plays a delegation but is no student:
 * it is left out of counts and shares), each with how much they took part and the teacher's grade
 * and comment.
 */
export function studentParticipation(participants: Participant[], events: SummitEvent[]) {
  const students = participants.filter((p) => !p.isComputer);
  const rows = participation(
    students.map((p) => ({
      id: p.id,
      name: p.displayName,
      delegation: p.delegation,
      tableId: p.tableId,
      isComputer: false,
    })),
    events,
  );
  // participation keeps the order it is given: row i is students[i].
  return rows.map((row, i) => ({ ...row, grade: students[i]?.grade ?? null, comment: students[i]?.comment ?? null }));
}
