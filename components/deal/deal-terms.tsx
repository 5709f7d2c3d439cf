"use client";

import type { ScenarioDeal as Deal } from "@/lib/scenario/deal";
import type { ScenarioSummary } from "@/lib/scenario/public";
import { useScenario } from "@/components/scenario/scenario-context";

const optionLabel = (terms: ScenarioSummary["terms"], key: string, value: unknown) =>
  terms.find((t) => t.key === key)?.options.find((o) => o.value === value)?.label ?? String(value);

/** The terms that differ from the previous version, by label. */
export function changedTerms(scenario: Pick<ScenarioSummary, "terms">, terms: Deal, previous: Deal | null): string[] {
  if (!previous) return [];
  return scenario.terms.filter((term) => terms[term.key] !== previous[term.key]).map((term) => term.label);
}

/** A deal's terms in plain words, one line per term; changes from the previous version stand out. */
export function DealTerms({ terms, previous = null }: { terms: Deal; previous?: Deal | null }) {
  const TERMS = useScenario().terms;
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
      {TERMS.map((term) => {
        const changed = previous !== null && previous[term.key] !== terms[term.key];
        return (
          <div
            key={term.key}
            className={`flex justify-between gap-2 border-b border-slate-100 px-1 py-1 ${changed ? "rounded bg-yellow-100 font-semibold" : ""}`}
            data-changed={changed || undefined}
          >
            <dt className="text-slate-700">{term.label}</dt>
            <dd className="text-right">
              {optionLabel(TERMS, term.key, terms[term.key])}
              {changed && previous ? (
                <span className="block text-xs font-normal text-slate-700">
                  was {optionLabel(TERMS, term.key, previous[term.key])}
                </span>
              ) : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
