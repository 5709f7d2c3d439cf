"use client";

import { useState } from "react";
import { DELEGATIONS, type Delegation, type Reply, type SummitEvent } from "@/lib/realtime/events";
import type { TermKey } from "@/lib/scenario/hanoi/terms";
import { termsOf } from "@/lib/scenario/public";
import { useScenario } from "@/components/scenario/scenario-context";
import type { PositionView } from "@/lib/session/room";
import type { Stances } from "@/lib/validations/realtime";
import { DELEGATION_NAMES, DelegationBadge } from "@/components/room/delegation-badge";

// The terms a position speaks to: the heart of the Hanoi dispute.
const MAIN_TERMS: TermKey[] = ["yongbyon", "otherSites", "arsenal", "verification", "sanctionsRelief", "reliefTiming", "peace", "securityAssurances", "chinaRole", "framework"];
const STANCE_LABELS = { demand: "We demand", offer: "We offer", refuse: "We refuse" } as const;

type Props = {
  current: Partial<Record<Delegation, PositionView>>;
  versions: (delegation: Delegation) => number;
  /** The viewer's delegation when they may publish now; null otherwise. */
  publishAs: Delegation | null;
  closedReason: string | null;
  onPublish?: (statement: string, stances: Stances) => Promise<Reply<SummitEvent>>;
};

export function PositionPanel({ current, versions, publishAs, closedReason, onPublish }: Props) {
  const terms = termsOf(useScenario());
  const labelOf = (key: TermKey) => terms.find((t) => t.key === key)?.label ?? key;
  const [statement, setStatement] = useState("");
  const [stances, setStances] = useState<Stances>({});
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby="positions-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="positions-heading" className="text-lg font-semibold">Positions</h2>
      <ul className="space-y-3">
        {DELEGATIONS.map((delegation) => {
          const position = current[delegation];
          return (
            <li key={delegation} data-testid={`position-${delegation}`}>
              <p className="flex items-center gap-2">
                <DelegationBadge delegation={delegation} />
                {position ? <span className="text-sm text-slate-600">version {position.version} of {versions(delegation)}, by {position.author}</span> : <span className="text-sm text-slate-600">no position yet</span>}
              </p>
              {position ? (
                <>
                  <p className="mt-1 whitespace-pre-wrap">{position.statement}</p>
                  <ul className="mt-1 text-sm text-slate-700">
                    {Object.entries(position.stances).map(([term, stance]) => (
                      <li key={term}>{STANCE_LABELS[stance as keyof typeof STANCE_LABELS]}: {labelOf(term as TermKey)}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      {publishAs && closedReason ? <p className="text-sm text-slate-600">{closedReason}</p> : null}
      {publishAs && onPublish && closedReason === null ? (
        <form
          className="space-y-3 border-t border-slate-200 pt-3"
          onSubmit={async (event) => {
            event.preventDefault();
            const reply = await onPublish(statement, stances);
            setError("error" in reply ? reply.error : null);
          }}
        >
          <h3 className="font-semibold">{current[publishAs] ? "Revise" : "Publish"} the {DELEGATION_NAMES[publishAs]}&apos;s position</h3>
          <div>
            <label htmlFor="position-statement" className="block text-sm font-medium">Statement</label>
            <textarea id="position-statement" value={statement} onChange={(e) => setStatement(e.target.value)} maxLength={1000} rows={3} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base" />
          </div>
          <div className="grid gap-2 sm:grid-cols-2">
            {MAIN_TERMS.map((term) => (
              <div key={term}>
                <label htmlFor={`stance-${term}`} className="block text-sm font-medium">Stance: {labelOf(term)}</label>
                <select
                  id={`stance-${term}`}
                  value={stances[term] ?? ""}
                  onChange={(e) => setStances((s) => {
                    const next = { ...s };
                    if (e.target.value) next[term] = e.target.value as keyof typeof STANCE_LABELS;
                    else delete next[term];
                    return next;
                  })}
                  className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-2 text-base"
                >
                  <option value="">No stance</option>
                  <option value="demand">Demand</option>
                  <option value="offer">Offer</option>
                  <option value="refuse">Refuse</option>
                </select>
              </div>
            ))}
          </div>
          {error ? <p role="alert" className="text-red-700">{error}</p> : null}
          <button type="submit" className="min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white">
            {current[publishAs] ? "Publish revision" : "Publish position"}
          </button>
        </form>
      ) : null}
    </section>
  );
}
