"use client";

import { useMemo, useState } from "react";
import { payoffWith, type PayoffTable } from "@/lib/scoring/payoff";
import { scoreDealFor, type ScenarioWeights } from "@/lib/scoring/engine";
import type { ScenarioDeal as Deal } from "@/lib/scenario/deal";
import { useScenario, useScoringScenario } from "@/components/scenario/scenario-context";
import { RequestMessage, useRequest } from "@/components/ui/use-request";
import { ScoreCard, ScoreLine } from "./score-card";

type Props = {
  initial: Deal;
  /** The version being countered, if any: the builder then shows what the draft changes. */
  countering?: number | null;
  weights?: ScenarioWeights | undefined;
  payoffs?: PayoffTable | undefined;
  disabledReason: string | null;
  onPropose: (terms: Deal) => Promise<string | null>;
  onShare?: (terms: Deal) => Promise<string | null>;
  onClose?: () => void;
};

/**
 * Builds a deal term by term. The score follows every change, with the delegation's own payoff
 * beside it, in a bar that stays in reach while the terms scroll.
 */
export function DealForm({
  initial,
  countering = null,
  weights,
  payoffs,
  disabledReason,
  onPropose,
  onShare,
  onClose,
}: Props) {
  const [deal, setDeal] = useState<Deal>(initial);
  const request = useRequest();
  const terms = useScenario().terms;
  // The rules load with the builder, not with the page: a phone shows the table first.
  const scoring = useScoringScenario();
  const score = useMemo(() => (scoring ? scoreDealFor(scoring, deal, weights) : null), [scoring, deal, weights]);
  const changed = terms.filter((term) => deal[term.key] !== initial[term.key]).length;

  return (
    <form
      aria-label="Propose a deal"
      className="min-w-0"
      onSubmit={(event) => {
        event.preventDefault();
        void request.run(() => onPropose(deal), "Proposed to the table.").then((ok) => ok && onClose?.());
      }}
    >
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">{countering ? `Counter version ${countering}` : "Build a deal"}</h2>
        {onClose ? (
          <button
            type="button"
            onClick={onClose}
            className="min-h-11 rounded-md border border-slate-300 bg-white px-3 text-sm font-semibold"
          >
            Close the builder
          </button>
        ) : null}
      </div>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        {terms.map((term) => {
          const selected = term.options.find((option) => option.value === deal[term.key]);
          const differs = countering !== null && deal[term.key] !== initial[term.key];
          return (
            <div key={term.key} className={`min-w-0 rounded-md p-1 ${differs ? "bg-yellow-50" : ""}`}>
              <label htmlFor={`term-${term.key}`} className="block text-sm font-semibold">
                {term.label}
              </label>
              <select
                id={`term-${term.key}`}
                value={JSON.stringify(deal[term.key])}
                aria-describedby={`term-${term.key}-help`}
                onChange={(event) =>
                  setDeal((current) => ({ ...current, [term.key as string]: JSON.parse(event.target.value) }))
                }
                className="mt-1 block w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-2 text-base"
              >
                {term.options.map((option) => (
                  <option key={String(option.value)} value={JSON.stringify(option.value)}>
                    {option.label}
                  </option>
                ))}
              </select>
              <p id={`term-${term.key}-help`} className="mt-1 text-xs text-slate-600">
                {selected?.explanation ?? term.explanation}
              </p>
            </div>
          );
        })}
      </div>
      {score ? (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium text-blue-700">
            Why this score: every criterion
          </summary>
          <div className="mt-2">
            <ScoreCard score={score} compact />
          </div>
        </details>
      ) : null}
      <div
        className="sticky -bottom-3 z-10 -mx-3 mt-3 border-t border-slate-200 bg-white/95 px-3 pt-1 pb-3 backdrop-blur"
        aria-label="If you proposed this now"
        role="group"
      >
        {score ? (
          <ScoreLine score={score} payoff={payoffs ? payoffWith(payoffs, deal) : null} />
        ) : (
          <p role="status" className="mt-2 text-sm text-slate-600">
            Scoring this draft…
          </p>
        )}
        {countering ? (
          <p className="text-xs text-slate-600">
            {changed === 0
              ? "No change from the version on the table yet."
              : `${changed} ${changed === 1 ? "term changed" : "terms changed"} from version ${countering}.`}
          </p>
        ) : null}
        <RequestMessage message={request.message} className="mt-1" />
        {disabledReason ? <p className="mt-1 text-sm text-slate-700">{disabledReason}</p> : null}
        <div className="mt-2 flex gap-2">
          <button
            type="submit"
            disabled={request.pending || disabledReason !== null}
            className="min-h-11 flex-1 rounded-md bg-blue-700 px-3 font-semibold text-white disabled:bg-slate-400"
          >
            {request.pending ? "Sending…" : "Propose to the table"}
          </button>
          {onShare ? (
            <button
              type="button"
              disabled={request.pending}
              onClick={() => void request.run(() => onShare(deal), "Shared with your delegation.")}
              className="min-h-11 flex-1 rounded-md border border-slate-300 bg-white px-3 font-semibold"
            >
              Share with my delegation
            </button>
          ) : null}
        </div>
      </div>
    </form>
  );
}
