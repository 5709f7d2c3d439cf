"use client";

import { useState } from "react";
import { defaultWeightsOf } from "@/lib/scenario/public";
import { useScenario } from "@/components/scenario/scenario-context";

/** The teacher's weights for the editorial's criteria; the red line holds whatever they are. */
export function WeightsForm({
  current,
  onSave,
  disabled,
}: {
  current: Record<string, number> | null;
  onSave: (weights: Record<string, number>) => void;
  disabled: boolean;
}) {
  const scenario = useScenario();
  const CRITERIA = scenario.criteria;
  const DEFAULT_WEIGHTS = defaultWeightsOf(scenario);
  const [weights, setWeights] = useState<Record<string, number>>({ ...DEFAULT_WEIGHTS, ...(current ?? {}) });
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer text-lg font-semibold">Criteria weights</summary>
      <form
        className="mt-3 space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          onSave(weights);
        }}
      >
        <p className="text-sm text-slate-600">
          New proposals are scored with these weights. A deal that gives full relief while the arsenal stays is always a
          walk-away.
        </p>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {CRITERIA.map((c) => (
            <div key={c.id}>
              <label htmlFor={`weight-${c.id}`} className="block text-sm font-medium">
                {c.title}
              </label>
              <input
                id={`weight-${c.id}`}
                type="number"
                min={0}
                max={100}
                value={weights[c.id] ?? 0}
                onChange={(e) => setWeights((w) => ({ ...w, [c.id]: Number(e.target.value) }))}
                className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1"
              />
            </div>
          ))}
        </div>
        <div className="flex gap-2">
          <button
            type="submit"
            disabled={disabled}
            className="min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white disabled:bg-slate-400"
          >
            Save weights
          </button>
          <button
            type="button"
            onClick={() => setWeights({ ...DEFAULT_WEIGHTS })}
            className="min-h-11 rounded-md border border-slate-300 px-4"
          >
            Back to the defaults
          </button>
        </div>
      </form>
    </details>
  );
}
