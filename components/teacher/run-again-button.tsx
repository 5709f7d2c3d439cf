"use client";

import { RequestMessage, useRequest } from "@/components/ui/use-request";
import { runAgainAction } from "./session-actions";

/** "Run it again": a fresh lobby with this session's tables, seating, minutes, weights and article. */
export function RunAgainButton({ sessionId, label = "Run it again" }: { sessionId: string; label?: string }) {
  const request = useRequest();
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={request.pending}
        onClick={() => void request.run(async () => (await runAgainAction(sessionId)).error ?? null)}
        className="min-h-9 rounded-md border border-blue-700 bg-white px-3 text-sm font-semibold text-blue-800 disabled:text-slate-400"
        title="A new lobby with the same tables, seating, minutes, weights and article"
      >
        {request.pending ? "Setting up…" : label}
      </button>
      <RequestMessage message={request.message} />
    </span>
  );
}
