"use client";

import { useState, useTransition } from "react";
import { runAgainAction } from "./session-actions";

/** "Run it again": a fresh lobby with this session's tables, seating, minutes, weights and article. */
export function RunAgainButton({ sessionId, label = "Run it again" }: { sessionId: string; label?: string }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={pending}
        onClick={() => start(async () => setError((await runAgainAction(sessionId)).error ?? null))}
        className="min-h-9 rounded-md border border-blue-700 bg-white px-3 text-sm font-semibold text-blue-800 disabled:text-slate-400"
        title="A new lobby with the same tables, seating, minutes, weights and article"
      >
        {pending ? "Setting up…" : label}
      </button>
      {error ? <span role="alert" className="text-sm text-red-700">{error}</span> : null}
    </span>
  );
}
