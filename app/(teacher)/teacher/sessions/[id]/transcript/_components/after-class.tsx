"use client";

import { useState, useTransition } from "react";
import { deleteSessionAction } from "../actions";

/** Downloads and the irreversible delete, behind a confirmation. */
export function AfterClass({ sessionId }: { sessionId: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const link = "inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 font-semibold";
  return (
    <section aria-labelledby="after-heading" className="mt-4 flex flex-wrap items-center gap-2">
      <h2 id="after-heading" className="sr-only">After class</h2>
      <a href={`/teacher/sessions/${sessionId}/export?format=csv`} className={link} download>Download CSV</a>
      <a href={`/teacher/sessions/${sessionId}/export?format=json`} className={link} download>Download JSON</a>
      <button
        type="button"
        disabled={pending}
        className="min-h-11 rounded-md bg-red-700 px-4 font-semibold text-white disabled:bg-slate-400"
        onClick={() => {
          if (!window.confirm("Delete this session and everything its students wrote? This cannot be undone.")) return;
          start(async () => {
            const result = await deleteSessionAction(sessionId);
            if (result?.error) setError(result.error);
          });
        }}
      >
        Delete session and student data
      </button>
      {error ? <p role="alert" className="text-red-700">{error}</p> : null}
    </section>
  );
}
