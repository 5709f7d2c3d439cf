"use client";

import { useEffect, useState } from "react";
import { PHASE_LABELS, type PhaseName } from "@/lib/domain/phases";

function format(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  return `${minutes}:${String(total % 60).padStart(2, "0")}`;
}

// What a screen reader hears: the phase, each new minute, and the last half minute.
function announcement(phase: PhaseName, ms: number | null): string {
  if (ms === null) return PHASE_LABELS[phase];
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds > 60) return `${PHASE_LABELS[phase]}: ${Math.ceil(seconds / 60)} minutes left`;
  if (seconds > 30) return `${PHASE_LABELS[phase]}: 1 minute left`;
  if (seconds > 10) return `${PHASE_LABELS[phase]}: 30 seconds left`;
  return seconds > 0 ? `${PHASE_LABELS[phase]}: 10 seconds left` : `${PHASE_LABELS[phase]}: time is up`;
}

/**
 * Counts down from the stored deadline on the server's clock: `clockOffset` is the server's
 * time minus this device's, so every screen shows the same number.
 */
const SIZES = {
  small: { phase: "text-sm", time: "text-lg" },
  normal: { phase: "text-sm", time: "text-2xl" },
  large: { phase: "text-3xl", time: "text-6xl" },
};

export function Countdown({
  phase,
  endsAt,
  pausedRemainingMs = null,
  clockOffset,
  label,
  size = "normal",
  drawnAt,
}: {
  phase: PhaseName;
  endsAt: string | null;
  pausedRemainingMs?: number | null;
  clockOffset: number;
  label?: string;
  size?: keyof typeof SIZES;
  /**
   * The server's clock when it drew the page. Hydrating from it shows exactly what the server
   * showed; from the browser's own "now" the text would differ, React would keep the server's,
   * and a pause in the same second would leave that stale text standing.
   */
  drawnAt?: number;
}) {
  const [now, setNow] = useState(() => drawnAt ?? Date.now());
  // Always ticking, so a deadline that arrives later is measured from a fresh "now".
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  const paused = pausedRemainingMs !== null;
  const remaining = paused ? pausedRemainingMs : endsAt ? new Date(endsAt).getTime() - (now + clockOffset) : null;
  return (
    <div className="flex items-baseline gap-2">
      <span className={`${SIZES[size].phase} font-medium text-slate-600`}>
        {label ? <span className="sr-only">{label}: </span> : null}
        {PHASE_LABELS[phase]}
      </span>
      {remaining !== null ? (
        <span
          role="timer"
          aria-label={`Time left${label ? ` at ${label}` : ""}`}
          data-testid="countdown"
          className={`font-mono ${SIZES[size].time} font-bold tabular-nums ${paused ? "text-amber-700" : ""}`}
        >
          {format(remaining)}
        </span>
      ) : null}
      {paused ? <span className="rounded bg-amber-100 px-2 text-sm font-semibold text-amber-900">Paused</span> : null}
      <span className="sr-only" aria-live="polite" aria-atomic="true">
        {paused ? `${PHASE_LABELS[phase]}: paused` : announcement(phase, remaining)}
      </span>
    </div>
  );
}
