import type { Delegation, TableOutcome } from "@/lib/domain/events";
import { roleNames } from "@/lib/domain/names";
import type { PublicScenario } from "@/lib/scenario/public";
import type { PayoffTable } from "@/lib/scoring/payoff";
import type { ScenarioWeights } from "@/lib/scoring/engine";
import { editorialView } from "@/lib/scoring/teach";
import { debriefColumns } from "@/lib/report/debrief";

type Props = {
  scenario: PublicScenario;
  outcomes: TableOutcome[];
  payoffs: Partial<Record<Delegation, PayoffTable>>;
  weights?: ScenarioWeights | undefined;
};

/** Every table side by side with the scenario's reference deals and walking away, scores and payoffs revealed: cards on a phone, a table on a wide screen. */
export function DebriefBoard({ scenario, outcomes, payoffs, weights }: Props) {
  const { columns, summaries, known } = debriefColumns(scenario, outcomes, payoffs, weights);
  const names = roleNames(scenario.roles);
  return (
    <section aria-labelledby="debrief-heading" className="min-w-0 space-y-3">
      <h2 id="debrief-heading" className="text-xl font-semibold">
        Debrief: every table against the editorial
      </h2>
      <ul className="space-y-2 md:hidden" aria-label="Outcomes">
        {columns.map((c, i) => (
          <li key={c.key} className="rounded-lg border border-slate-200 bg-white p-3">
            <p className="flex flex-wrap items-baseline justify-between gap-2">
              <span className="font-semibold">{c.title}</span>
              <span className="text-sm text-slate-700">{c.outcome}</span>
            </p>
            <p className="mt-1">
              <strong className="tabular-nums">{c.score.total}</strong>/100 · {editorialView(c.score.verdict)}
            </p>
            {summaries[i] ? (
              <p className="mt-1 text-sm text-slate-700">
                Payoffs: {known.map((d) => `${names[d]} ${summaries[i]?.byDelegation[d] ?? 0}`).join(" · ")} — joint{" "}
                {summaries[i]?.joint}, gap {summaries[i]?.spread}
              </p>
            ) : null}
            <p className="mt-1 text-sm text-slate-700">{c.note}</p>
          </li>
        ))}
      </ul>
      <div className="relative hidden overflow-x-auto rounded-lg border border-slate-200 bg-white md:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">
            Outcome, editorial score, criteria and payoffs of each table, the reference deals and walking away
          </caption>
          <thead className="bg-slate-100">
            <tr>
              <td className="px-3 py-2" />
              {columns.map((c) => (
                <th key={c.key} scope="col" className="px-3 py-2">
                  {c.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="border-t border-slate-100">
              <th scope="row" className="px-3 py-2">
                Outcome
              </th>
              {columns.map((c) => (
                <td key={c.key} className="px-3 py-2" data-testid={`outcome-${c.title}`}>
                  {c.outcome}
                </td>
              ))}
            </tr>
            <tr className="border-t border-slate-100">
              <th scope="row" className="px-3 py-2">
                Editorial score
              </th>
              {columns.map((c) => (
                <td key={c.key} className="px-3 py-2 font-semibold">
                  {c.score.total} · {editorialView(c.score.verdict)}
                </td>
              ))}
            </tr>
            {columns[0]?.score.criteria.map((criterion, index) => (
              <tr key={criterion.id} className="border-t border-slate-100">
                <th scope="row" className="px-3 py-1 font-normal">
                  {criterion.title}
                </th>
                {columns.map((c) => {
                  const value = c.score.criteria[index]?.score ?? 0;
                  return (
                    <td key={c.key} className="px-3 py-1 tabular-nums">
                      <span
                        className="inline-block h-2 rounded bg-blue-600 align-middle"
                        style={{ width: `${Math.max(2, value * 0.6)}px` }}
                        aria-hidden="true"
                      />{" "}
                      {value}
                    </td>
                  );
                })}
              </tr>
            ))}
            {known.map((d) => (
              <tr key={d} className="border-t border-slate-100">
                <th scope="row" className="px-3 py-1">
                  Payoff: {names[d]}
                </th>
                {summaries.map((s, i) => (
                  <td key={columns[i]?.key} className="px-3 py-1 tabular-nums">
                    {s ? s.byDelegation[d] : "—"}
                  </td>
                ))}
              </tr>
            ))}
            {known.length === scenario.roles.length ? (
              <tr className="border-t border-slate-100">
                <th scope="row" className="px-3 py-1">
                  Joint gain · gap
                </th>
                {summaries.map((s, i) => (
                  <td key={columns[i]?.key} className="px-3 py-1 tabular-nums">
                    {s ? `${s.joint} · ${s.spread}` : "—"}
                  </td>
                ))}
              </tr>
            ) : null}
            <tr className="border-t border-slate-100 align-top">
              <th scope="row" className="px-3 py-2">
                What the editorial would say
              </th>
              {columns.map((c) => (
                <td key={c.key} className="px-3 py-2 text-slate-700">
                  {c.note}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <p className="text-sm text-slate-600">
        Payoffs are each delegation&apos;s private points, revealed now. The gap is how far apart the best- and
        worst-off delegations ended.
      </p>
    </section>
  );
}
