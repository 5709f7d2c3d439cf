"use client";

import { useState } from "react";

/** A delegation's last resort, behind a confirmation: the table then makes no deal. */
export function WalkAway({ onWalkAway }: { onWalkAway: (reason: string) => Promise<string | null> }) {
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  if (!confirming) {
    return <button type="button" onClick={() => setConfirming(true)} className="min-h-11 rounded-md border border-red-300 bg-white px-4 font-semibold text-red-800">Walk away from the table…</button>;
  }
  return (
    <form className="space-y-2 rounded-lg border border-red-300 bg-red-50 p-3" onSubmit={async (e) => { e.preventDefault(); setError(await onWalkAway(reason.trim())); }}>
      <p className="font-semibold text-red-900">Walking away ends the negotiation at your table with no deal.</p>
      <label htmlFor="walk-away-reason" className="block text-sm font-medium">Why (optional)</label>
      <input id="walk-away-reason" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} className="block w-full rounded-md border border-slate-300 px-3 py-2 text-base" />
      <div className="flex gap-2">
        <button type="submit" className="min-h-11 rounded-md bg-red-700 px-4 font-semibold text-white">Walk away</button>
        <button type="button" onClick={() => setConfirming(false)} className="min-h-11 rounded-md border border-slate-300 bg-white px-4">Stay</button>
      </div>
      {error ? <p role="alert" className="text-red-700">{error}</p> : null}
    </form>
  );
}
