import type { ScoreResult } from "@/lib/scoring/engine";

import { VERDICT_LABELS } from "@/lib/report/describe";

export { VERDICT_LABELS };

/** The editorial's judgement of a deal: total against the walk-away baseline, then each criterion. */
export function ScoreCard({ score, compact = false }: { score: ScoreResult; compact?: boolean }) {
  const sign = score.verdict === "sign";
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <p className={`rounded px-2 py-1 text-lg font-bold ${sign ? "bg-green-100 text-green-900" : "bg-red-100 text-red-900"}`} data-testid="verdict">
          Verdict: {VERDICT_LABELS[score.verdict]}
        </p>
        <p className="text-slate-800">
          <span className="text-2xl font-bold tabular-nums" data-testid="total">{score.total}</span> / 100
          <span className="ml-2 text-sm text-slate-600">walking away scores {score.baseline}</span>
        </p>
      </div>
      <p className="text-slate-800">{score.summary}</p>
      {score.redLine ? <p className="font-medium text-red-800">Red line crossed: {score.redLine}</p> : null}
      <ul className={`space-y-3 ${compact ? "text-sm" : ""}`} aria-label="Scores by criterion">
        {score.criteria.map((criterion) => (
          <li key={criterion.id}>
            <div className="flex items-baseline justify-between gap-2">
              <span className="font-semibold">{criterion.title}</span>
              <span className="tabular-nums text-slate-700">
                {criterion.score}
                <span className="sr-only"> out of 100</span>
                <span className="ml-1 text-xs text-slate-500">weight {Math.round(criterion.weight * 100)}%</span>
              </span>
            </div>
            <div className="mt-1 h-2 rounded bg-slate-200" aria-hidden="true">
              <div
                className={`h-2 rounded ${criterion.score >= 60 ? "bg-green-600" : criterion.score >= 30 ? "bg-amber-500" : "bg-red-600"}`}
                style={{ width: `${criterion.score}%` }}
              />
            </div>
            <p className="mt-1 text-slate-800">{criterion.explanation}</p>
            {compact ? null : (
              <blockquote className="mt-1 border-l-4 border-slate-300 pl-3 text-sm text-slate-600 italic">
                “{criterion.quote}” <cite className="not-italic">— the editorial</cite>
              </blockquote>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
