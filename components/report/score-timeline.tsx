import type { SummitEvent } from "@/lib/realtime/events";
import { PHASE_LABELS } from "@/lib/session/phases";

type Point = { version: number; total: number; at: string; verdict: string };

/** The editorial score of each version over time at one table, against the walk-away baseline. */
export function ScoreTimeline({ number, events, baseline }: { number: number; events: SummitEvent[]; baseline: number }) {
  const points: Point[] = events.flatMap((e) => (e.kind === "proposal" ? [{ version: e.payload.version, total: e.payload.score.total, at: e.at, verdict: e.payload.score.verdict }] : []));
  const phases = events.flatMap((e) => (e.kind === "phase" && e.payload.reason !== "pause" && e.payload.reason !== "resume" && !e.payload.reason.startsWith("extend") ? [{ phase: e.payload.phase, at: e.at }] : []));
  const width = 320;
  const height = 120;
  const x = (i: number) => (points.length <= 1 ? width / 2 : 20 + (i * (width - 40)) / (points.length - 1));
  const y = (total: number) => height - 10 - (total / 100) * (height - 20);
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-3">
      <figcaption className="font-semibold">Table {number}: the score of each version</figcaption>
      {points.length === 0 ? (
        <p className="text-sm text-slate-600">No deal was proposed.</p>
      ) : (
        <svg viewBox={`0 0 ${width} ${height}`} className="mt-2 w-full max-w-md" role="img" aria-label={points.map((p) => `version ${p.version}: ${p.total}`).join(", ")}>
          <line x1="0" x2={width} y1={y(baseline)} y2={y(baseline)} stroke="#94a3b8" strokeDasharray="4 4" />
          <text x="4" y={y(baseline) - 4} fontSize="9" fill="#475569">walk away {baseline}</text>
          <polyline fill="none" stroke="#1d4ed8" strokeWidth="2" points={points.map((p, i) => `${x(i)},${y(p.total)}`).join(" ")} />
          {points.map((p, i) => (
            <g key={p.version}>
              <circle cx={x(i)} cy={y(p.total)} r="4" fill={p.verdict === "sign" ? "#15803d" : "#b91c1c"} />
              <text x={x(i)} y={y(p.total) - 7} fontSize="9" textAnchor="middle">v{p.version}: {p.total}</text>
            </g>
          ))}
        </svg>
      )}
      <p className="mt-1 text-xs text-slate-600">
        Phases: {phases.map((p) => `${PHASE_LABELS[p.phase]} ${new Date(p.at).toLocaleTimeString("en-GB", { timeZone: "UTC", hour: "2-digit", minute: "2-digit" })}`).join(" → ") || "not started"} (UTC)
      </p>
    </figure>
  );
}
