"use client";

import { useState } from "react";
import type { Delegation, SummitEvent } from "@/lib/domain/events";
import type { ScenarioSummary } from "@/lib/scenario/public";
import { type Reply } from "@/lib/realtime/events";
import type { PositionView } from "@/lib/domain/room";
import type { Stances } from "@/lib/validations/realtime";
import { DelegationBadge } from "@/components/room/delegation-badge";
import { useRoles, useScenario } from "@/components/scenario/scenario-context";
import { RequestMessage, useRequest } from "@/components/ui/use-request";

const STANCE_LABELS = { demand: "We demand", offer: "We offer", refuse: "We refuse" } as const;

type Props = {
  current: Partial<Record<Delegation, PositionView>>;
  versions: (delegation: Delegation) => number;
  /** The viewer's delegation when they may publish; null for readers. */
  publishAs: Delegation | null;
  closedReason: string | null;
  onPublish?: (statement: string, stances: Stances) => Promise<Reply<SummitEvent>>;
};

/** Each delegation's current position, and for a student their delegation's form, starting from where it stands now. */
export function PositionPanel({ current, versions, publishAs, closedReason, onPublish }: Props) {
  const { ids } = useRoles();
  const terms = useScenario().terms;
  const labelOf = (key: string) => terms.find((t) => t.key === key)?.label ?? key;
  return (
    <section aria-labelledby="positions-heading" className="min-w-0 space-y-3">
      <h2 id="positions-heading" className="text-lg font-semibold">
        Positions
      </h2>
      <ul className="space-y-2">
        {ids.map((delegation) => {
          const position = current[delegation];
          return (
            <li
              key={delegation}
              className="rounded-lg border border-slate-200 bg-white p-3"
              data-testid={`position-${delegation}`}
            >
              <p className="flex flex-wrap items-center gap-2">
                <DelegationBadge delegation={delegation} />
                <span className="text-sm text-slate-600">
                  {position
                    ? `version ${position.version} of ${versions(delegation)}, by ${position.author}`
                    : "no position yet"}
                </span>
              </p>
              {position ? (
                <>
                  <p className="mt-1 break-words whitespace-pre-wrap">{position.statement}</p>
                  {Object.keys(position.stances).length > 0 ? (
                    <ul className="mt-1 text-sm text-slate-700">
                      {Object.entries(position.stances).map(([term, stance]) => (
                        <li key={term}>
                          {STANCE_LABELS[stance as keyof typeof STANCE_LABELS]}: {labelOf(term)}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      {publishAs && closedReason ? <p className="text-sm text-slate-600">{closedReason}</p> : null}
      {publishAs && onPublish && closedReason === null ? (
        <PositionForm delegation={publishAs} current={current[publishAs]} terms={terms} onPublish={onPublish} />
      ) : null}
    </section>
  );
}

function PositionForm({
  delegation,
  current,
  terms,
  onPublish,
}: {
  delegation: Delegation;
  current: PositionView | undefined;
  terms: ScenarioSummary["terms"];
  onPublish: NonNullable<Props["onPublish"]>;
}) {
  const { names } = useRoles();
  const [statement, setStatement] = useState(current?.statement ?? "");
  const [stances, setStances] = useState<Stances>(current?.stances ?? {});
  const [base, setBase] = useState(current);
  const request = useRequest();
  // A newer version (ours just published, or a delegation-mate's) refills an untouched form.
  if (current !== base) {
    const untouched =
      statement === (base?.statement ?? "") && JSON.stringify(stances) === JSON.stringify(base?.stances ?? {});
    setBase(current);
    if (untouched || current?.statement === statement) {
      setStatement(current?.statement ?? "");
      setStances(current?.stances ?? {});
    }
  }
  const revising = current !== undefined;
  return (
    <form
      aria-label="Your delegation's position"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-3"
      onSubmit={(event) => {
        event.preventDefault();
        void request.run(
          async () => {
            const reply = await onPublish(statement, stances);
            return "error" in reply ? reply.error : null;
          },
          revising
            ? `Published: version ${(current?.version ?? 0) + 1} is now your delegation's position.`
            : "Published: your delegation's position is on the table.",
        );
      }}
    >
      <h3 className="font-semibold">
        {revising ? "Revise" : "Publish"} the {names[delegation]}&apos;s position
      </h3>
      {revising ? (
        <p className="text-sm text-slate-600">Starts from version {current.version}: change what has moved.</p>
      ) : null}
      <div>
        <label htmlFor="position-statement" className="block text-sm font-medium">
          Statement
        </label>
        <textarea
          id="position-statement"
          value={statement}
          onChange={(e) => setStatement(e.target.value)}
          maxLength={1000}
          rows={3}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base"
        />
      </div>
      <details open={Object.keys(stances).length > 0}>
        <summary className="cursor-pointer text-sm font-medium text-blue-700">Stances on the terms (optional)</summary>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {terms.map((term) => (
            <div key={term.key} className="min-w-0">
              <label htmlFor={`stance-${term.key}`} className="block text-sm font-medium">
                Stance: {term.label}
              </label>
              <select
                id={`stance-${term.key}`}
                value={stances[term.key] ?? ""}
                onChange={(e) =>
                  setStances((s) => {
                    const next = { ...s };
                    if (e.target.value) next[term.key as string] = e.target.value as keyof typeof STANCE_LABELS;
                    else delete next[term.key as string];
                    return next;
                  })
                }
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
      </details>
      <RequestMessage message={request.message} />
      <button
        type="submit"
        disabled={request.pending}
        className="min-h-11 w-full rounded-md bg-blue-700 px-4 font-semibold text-white disabled:bg-slate-400"
      >
        {request.pending ? "Sending…" : revising ? "Publish revision" : "Publish position"}
      </button>
    </form>
  );
}
