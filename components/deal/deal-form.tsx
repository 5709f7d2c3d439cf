"use client";

import { useMemo, useState } from "react";
import { scoreDeal } from "@/lib/scoring/score";
import { TERMS, WEAKEST_DEAL, type Deal, type TermKey } from "@/lib/scenario/hanoi/terms";
import { ScoreCard } from "./score-card";

type Props = { onPropose: (terms: Deal) => Promise<string | null>; disabledReason: string | null };

/** Builds a deal term by term, showing the editorial's score before anything is proposed. */
export function DealForm({ onPropose, disabledReason }: Props) {
  const [deal, setDeal] = useState<Deal>({ ...WEAKEST_DEAL });
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const score = useMemo(() => scoreDeal(deal), [deal]);

  return (
    <form
      aria-label="Propose a deal"
      className="space-y-4"
      onSubmit={async (event) => {
        event.preventDefault();
        setPending(true);
        setError(await onPropose(deal));
        setPending(false);
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        {TERMS.map((term) => {
          const selected = term.options.find((option) => option.value === deal[term.key]);
          return (
            <div key={term.key}>
              <label htmlFor={`term-${term.key}`} className="block text-sm font-semibold">
                {term.label}
              </label>
              <select
                id={`term-${term.key}`}
                value={JSON.stringify(deal[term.key])}
                aria-describedby={`term-${term.key}-help`}
                onChange={(event) => setDeal((current) => ({ ...current, [term.key as TermKey]: JSON.parse(event.target.value) }))}
                className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-2 text-base"
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
      <section aria-label="Score of this draft" className="rounded-md border border-dashed border-slate-300 p-3">
        <h3 className="mb-2 font-semibold">If you proposed this now</h3>
        <ScoreCard score={score} compact />
      </section>
      {error ? (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={pending || disabledReason !== null} className="min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white disabled:bg-slate-400">
        {pending ? "Proposing…" : "Propose to the table"}
      </button>
      {disabledReason ? <p className="text-sm text-slate-600">{disabledReason}</p> : null}
    </form>
  );
}
