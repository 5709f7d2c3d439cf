import { TERMS, type Deal } from "@/lib/scenario/hanoi/terms";

/** A deal's terms in plain words, one line per term. */
export function DealTerms({ terms }: { terms: Deal }) {
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
      {TERMS.map((term) => {
        const value = terms[term.key];
        const option = term.options.find((candidate) => candidate.value === value);
        return (
          <div key={term.key} className="flex justify-between gap-2 border-b border-slate-100 py-1">
            <dt className="text-slate-600">{term.label}</dt>
            <dd className="text-right font-medium">{option?.label ?? String(value)}</dd>
          </div>
        );
      })}
    </dl>
  );
}
