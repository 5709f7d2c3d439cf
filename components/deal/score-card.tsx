"use client";

import { useMemo } from "react";
import type { ScoreResult } from "@/lib/scoring/engine";
import { closeCall, editorialView } from "@/lib/scoring/teach";
import { useScenario } from "@/components/scenario/scenario-context";

function useCloseCall(score: ScoreResult): string | null {
  const scenario = useScenario();
  const noDeal = useMemo(() => new Map(scenario.criteria.map((c) => [c.id, c.noDeal.score])), [scenario]);
  return closeCall(score, noDeal);
}

/**
 * A deal's score in a line or two: the total against walking away and the editorial's view, then,
 * apart from it, the viewer's own payoff, and a note when the call is close.
 */
export function ScoreLine({ score, payoff = null }: { score: ScoreResult; payoff?: number | null }) {
  const close = useCloseCall(score);
  const sign = score.verdict === "sign";
  return (
    <div className="mt-2 space-y-1 text-sm">
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className="text-lg font-bold tabular-nums" data-testid="total">
          {score.total}
        </span>
        <span className="text-slate-600">/ 100 (walking away: {score.baseline})</span>
        <span
          className={`rounded px-1.5 font-semibold ${sign ? "bg-green-100 text-green-900" : "bg-red-100 text-red-900"}`}
          data-testid="verdict"
        >
          {editorialView(score.verdict)}
        </span>
      </p>
      {close ? (
        <p className="text-amber-900" data-testid="close-call">
          {close}
        </p>
      ) : null}
      {score.redLine ? <p className="text-red-800">Red line: {score.redLine}</p> : null}
      {payoff !== null ? (
        <p className="text-slate-800" data-testid="my-payoff">
          Your delegation&apos;s own payoff: <strong>{payoff} points</strong>
        </p>
      ) : null}
    </div>
  );
}

/** The editorial's judgement in full: the total against the walk-away baseline, then each criterion with its reason and quote. */
export function ScoreCard({ score, compact = false }: { score: ScoreResult; compact?: boolean }) {
  const close = useCloseCall(score);
  const sign = score.verdict === "sign";
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <p
          className={`rounded px-2 py-0.5 font-bold ${sign ? "bg-green-100 text-green-900" : "bg-red-100 text-red-900"}`}
        >
          {editorialView(score.verdict)}
        </p>
        <p className="text-slate-800">
          <span className="text-xl font-bold tabular-nums">{score.total}</span> / 100
          <span className="ml-2 text-sm text-slate-600">walking away scores {score.baseline}</span>
        </p>
      </div>
      <p className="text-slate-800">{score.summary}</p>
      {close ? <p className="text-amber-900">{close}</p> : null}
      {score.redLine ? <p className="font-medium text-red-800">Red line crossed: {score.redLine}</p> : null}
      <ul className={`space-y-3 ${compact ? "text-sm" : ""}`} aria-label="Scores by criterion">
        {score.criteria.map((criterion) => (
          <li key={criterion.id}>
            <div className="flex items-baseline justify-between gap-2">
              <span className="font-semibold">{criterion.title}</span>
              <span className="shrink-0 text-slate-700 tabular-nums">
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
