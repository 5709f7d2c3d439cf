"use client";

import type { TableState } from "@/lib/realtime/events";
import type { ClockAction } from "@/lib/session/phases";

type Props = { tables: TableState[]; scope: string; onAction: (action: ClockAction) => void; disabled: boolean };

const button = "min-h-11 rounded-md border border-slate-300 bg-white px-3 text-sm font-semibold hover:bg-slate-100 disabled:text-slate-400";

/** Pause, resume, extend, skip and end: for every table, or for one. */
export function ClockControls({ tables, scope, onAction, disabled }: Props) {
  const running = tables.some((t) => t.phase !== "lobby" && t.phase !== "debrief");
  const paused = tables.some((t) => t.pausedRemainingMs !== null);
  const ticking = tables.some((t) => t.endsAt !== null);
  if (!running) return null;
  return (
    <div role="group" aria-label={`Clock for ${scope}`} className="flex flex-wrap gap-2">
      {ticking ? <button type="button" className={button} disabled={disabled} onClick={() => onAction("pause")}>Pause<span className="sr-only"> {scope}</span></button> : null}
      {paused ? <button type="button" className={button} disabled={disabled} onClick={() => onAction("resume")}>Resume<span className="sr-only"> {scope}</span></button> : null}
      <button type="button" className={button} disabled={disabled} onClick={() => onAction("extend1")}>+1 min<span className="sr-only"> for {scope}</span></button>
      <button type="button" className={button} disabled={disabled} onClick={() => onAction("extend5")}>+5 min<span className="sr-only"> for {scope}</span></button>
      <button type="button" className={button} disabled={disabled} onClick={() => onAction("skip")}>Next phase<span className="sr-only"> for {scope}</span></button>
      <button type="button" className={`${button} text-red-800`} disabled={disabled} onClick={() => onAction("end")}>End<span className="sr-only"> {scope}</span></button>
    </div>
  );
}
