"use client";

import { useMemo, useState } from "react";
import { payoffWith, type PayoffTable } from "@/lib/scoring/payoff";
import { scoreDealFor, type ScenarioWeights } from "@/lib/scoring/engine";
import type { Deal, TermKey } from "@/lib/scenario/hanoi/terms";
import { termsOf } from "@/lib/scenario/public";
import { useScenario } from "@/components/scenario/scenario-context";
import { ScoreCard } from "./score-card";

type Props = {
  initial: Deal;
  weights?: ScenarioWeights | undefined;
  payoffs?: PayoffTable | undefined;
  disabledReason: string | null;
  onPropose: (terms: Deal) => Promise<string | null>;
  onShare?: (terms: Deal) => Promise<string | null>;
};

/** Builds a deal term by term, showing the editorial's score and the delegation's payoff before anything is proposed. */
export function DealForm({ initial, weights, payoffs, disabledReason, onPropose, onShare }: Props) {
  const [deal, setDeal] = useState<Deal>(initial);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const scenario = useScenario();
  const TERMS = termsOf(scenario);
  const score = useMemo(() => scoreDealFor(scenario, deal, weights), [scenario, deal, weights]);
  const run = async (action: (terms: Deal) => Promise<string | null>, done: string) => {
    setPending(true);
    const error = await action(deal);
    setMessage(error ? { error: true, text: error } : { error: false, text: done });
    setPending(false);
  };

  return (
    <form aria-label="Propose a deal" className="space-y-4" onSubmit={(event) => { event.preventDefault(); void run(onPropose, "Proposed to the table."); }}>
      <div className="grid gap-3 sm:grid-cols-2">
        {TERMS.map((term) => {
          const selected = term.options.find((option) => option.value === deal[term.key]);
          return (
            <div key={term.key}>
              <label htmlFor={`term-${term.key}`} className="block text-sm font-semibold">{term.label}</label>
              <select
                id={`term-${term.key}`}
                value={JSON.stringify(deal[term.key])}
                aria-describedby={`term-${term.key}-help`}
                onChange={(event) => setDeal((current) => ({ ...current, [term.key as TermKey]: JSON.parse(event.target.value) }))}
                className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-2 text-base"
              >
                {term.options.map((option) => <option key={String(option.value)} value={JSON.stringify(option.value)}>{option.label}</option>)}
              </select>
              <p id={`term-${term.key}-help`} className="mt-1 text-xs text-slate-600">{selected?.explanation ?? term.explanation}</p>
            </div>
          );
        })}
      </div>
      <section aria-label="Score of this draft" className="space-y-3 rounded-md border border-dashed border-slate-300 p-3">
        <h3 className="font-semibold">If you proposed this now</h3>
        {payoffs ? <p className="rounded bg-slate-100 px-3 py-2 text-sm" data-testid="draft-payoff">Your delegation&apos;s private payoff: <strong>{payoffWith(payoffs, deal)} points</strong></p> : null}
        <ScoreCard score={score} compact />
      </section>
      {message ? <p role={message.error ? "alert" : "status"} className={message.error ? "text-red-700" : "text-green-800"}>{message.text}</p> : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending || disabledReason !== null} className="min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white disabled:bg-slate-400">
          {pending ? "Sending…" : "Propose to the table"}
        </button>
        {onShare ? (
          <button type="button" disabled={pending} onClick={() => void run(onShare, "Shared with your delegation.")} className="min-h-11 rounded-md border border-slate-300 bg-white px-4 font-semibold">
            Share draft with my delegation
          </button>
        ) : null}
      </div>
      {disabledReason ? <p className="text-sm text-slate-600">{disabledReason}</p> : null}
    </form>
  );
}
