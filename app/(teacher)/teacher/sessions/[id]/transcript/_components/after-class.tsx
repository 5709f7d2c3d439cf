"use client";

import { RequestMessage, useRequest } from "@/components/ui/use-request";
import type { ActionResult } from "@/lib/action-result";
import { RunAgainButton } from "@/components/teacher/run-again-button";
import { anonymiseSessionAction, archiveSessionAction, deleteSessionAction, setRetentionAction } from "../actions";

type Props = { sessionId: string; archived: boolean; retentionDays: number | null };

// Exactly what anonymising removes, and what it keeps.
const ANONYMISE_QUESTION =
  "Anonymise this session? Each student's name becomes “Student 1”, “Student 2”… in the roster, the transcript, the report and every export, and resume codes are removed. Messages, positions, deals, grades and your comments stay; a name someone typed inside a message or a comment is not changed. This cannot be undone.";
const button =
  "inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 font-semibold disabled:text-slate-400";

/** Downloads, ending students' access, and the privacy controls, each irreversible step confirmed. */
export function AfterClass({ sessionId, archived, retentionDays }: Props) {
  const request = useRequest();
  const pending = request.pending;
  const run = (question: string | null, action: () => Promise<ActionResult>, done: string) => {
    if (question && !window.confirm(question)) return;
    void request.run(async () => (await action()).error ?? null, done || undefined);
  };
  return (
    <section aria-labelledby="after-heading" className="mt-4 space-y-3">
      <h2 id="after-heading" className="sr-only">
        After class
      </h2>
      <div className="flex flex-wrap items-center gap-2">
        <a href={`/teacher/sessions/${sessionId}/export?format=gradebook`} className={button} download>
          Gradebook (CSV)
        </a>
        <a href={`/teacher/sessions/${sessionId}/export?format=csv`} className={button} download>
          Transcript (CSV)
        </a>
        <a href={`/teacher/sessions/${sessionId}/export?format=json`} className={button} download>
          Everything (JSON)
        </a>
        <a href={`/teacher/sessions/${sessionId}/export?format=pdf`} className={button} download>
          PDF report
        </a>
        <RunAgainButton sessionId={sessionId} />
        <button
          type="button"
          className={button}
          disabled={pending || archived}
          onClick={() =>
            run(
              "Archive this session? Students will no longer be able to read it.",
              () => archiveSessionAction(sessionId),
              "Archived: students can no longer open it.",
            )
          }
        >
          {archived ? "Archived" : "Archive (end students' access)"}
        </button>
        <button
          type="button"
          className={button}
          disabled={pending}
          onClick={() =>
            run(
              ANONYMISE_QUESTION,
              () => anonymiseSessionAction(sessionId),
              "Every student's name was replaced with “Student N”; resume codes were removed.",
            )
          }
        >
          Anonymise students
        </button>
        <button
          type="button"
          disabled={pending}
          className="min-h-11 rounded-md bg-red-700 px-4 font-semibold text-white disabled:bg-slate-400"
          onClick={() =>
            run(
              "Delete this session and everything its students wrote? This cannot be undone.",
              () => deleteSessionAction(sessionId),
              "",
            )
          }
        >
          Delete session and student data
        </button>
      </div>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          const days = new FormData(e.currentTarget).get("days");
          run(null, () => setRetentionAction(sessionId, days ? Number(days) : null), "Retention saved.");
        }}
      >
        <label className="text-sm">
          Delete student data automatically
          <select
            name="days"
            defaultValue={retentionDays ?? ""}
            className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-2"
          >
            <option value="">Never (until I delete it)</option>
            {[7, 30, 90, 365].map((d) => (
              <option key={d} value={d}>
                {d} days after the session ends
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={button} disabled={pending}>
          Save
        </button>
      </form>
      <RequestMessage message={request.message} />
    </section>
  );
}
