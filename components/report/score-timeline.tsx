import type { SummitEvent } from "@/lib/domain/events";
import { formatTime } from "@/lib/format/time";
import { PHASE_LABELS } from "@/lib/domain/phases";

type Point = { version: number; total: number; verdict: string };

const W = 360;
const H = 170;
const PAD = { left: 34, right: 10, top: 12, bottom: 30 };
const TICKS = [0, 25, 50, 75, 100];

/** The editorial score of each version at one table, on a 0–100 axis, against the walk-away baseline. */
export function ScoreTimeline({
  number,
  events,
  baseline,
  timeZone,
}: {
  number: number;
  events: SummitEvent[];
  baseline: number;
  timeZone: string;
}) {
  const points: Point[] = events.flatMap((e) =>
    e.kind === "proposal"
      ? [{ version: e.payload.version, total: e.payload.score.total, verdict: e.payload.score.verdict }]
      : [],
  );
  const phases = events.flatMap((e) =>
    e.kind === "phase" && ["start", "skip", "deadline", "end", "reopen"].includes(e.payload.reason)
      ? [{ phase: e.payload.phase, at: e.at }]
      : [],
  );
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length <= 1 ? plotW / 2 : (i * plotW) / (points.length - 1));
  const y = (total: number) => PAD.top + plotH - (total / 100) * plotH;
  // Label every version while they fit; beyond that, every n-th so labels never overlap.
  const every = Math.max(1, Math.ceil(points.length / 12));
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-3">
      <figcaption className="font-semibold">Table {number}: the editorial score of each version</figcaption>
      {points.length === 0 ? (
        <p className="text-sm text-slate-600">No deal was proposed.</p>
      ) : (
        <svg
          viewBox={`0 0 ${W} ${H}`}
          className="mt-2 w-full max-w-lg"
          role="img"
          aria-label={`Scores out of 100: ${points.map((p) => `version ${p.version} ${p.total}`).join(", ")}; walking away scores ${baseline}`}
        >
          {TICKS.map((tick) => (
            <g key={tick}>
              <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#e2e8f0" />
              <text x={PAD.left - 6} y={y(tick) + 3} fontSize="10" textAnchor="end" fill="#475569">
                {tick}
              </text>
            </g>
          ))}
          <line
            x1={PAD.left}
            x2={W - PAD.right}
            y1={y(baseline)}
            y2={y(baseline)}
            stroke="#64748b"
            strokeDasharray="5 4"
          />
          <text x={W - PAD.right} y={y(baseline) - 4} fontSize="10" textAnchor="end" fill="#334155">
            walking away {baseline}
          </text>
          <polyline
            fill="none"
            stroke="#1d4ed8"
            strokeWidth="2"
            points={points.map((p, i) => `${x(i)},${y(p.total)}`).join(" ")}
          />
          {points.map((p, i) => (
            <g key={p.version}>
              <circle cx={x(i)} cy={y(p.total)} r="4.5" fill={p.verdict === "sign" ? "#15803d" : "#b91c1c"} />
              {i % every === 0 || i === points.length - 1 ? (
                <text x={x(i)} y={H - PAD.bottom + 14} fontSize="10" textAnchor="middle" fill="#334155">
                  v{p.version}
                </text>
              ) : null}
            </g>
          ))}
          <text x={PAD.left + plotW / 2} y={H - 3} fontSize="10" textAnchor="middle" fill="#475569">
            version (green: the editorial would sign; red: would walk away)
          </text>
        </svg>
      )}
      <p className="mt-1 text-xs text-slate-600">
        Phases:{" "}
        {phases.map((p) => `${PHASE_LABELS[p.phase]} ${formatTime(p.at, timeZone)}`).join(" → ") || "not started"}
      </p>
    </figure>
  );
}
