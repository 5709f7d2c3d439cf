import { DELEGATIONS, type Delegation, type TableOutcome } from "@/lib/realtime/events";
import type { Deal } from "@/lib/scenario/hanoi/terms";
import { exampleOf, type PublicScenario } from "@/lib/scenario/public";
import { payoffSummary, type PayoffTable } from "@/lib/scoring/payoff";
import { scoreDealFor, scoreNoDealFor, type ScenarioWeights, type ScoreResult } from "@/lib/scoring/engine";
import { DELEGATION_NAMES } from "@/components/room/delegation-badge";
import { VERDICT_LABELS } from "@/components/deal/score-card";

type Column = { key: string; title: string; outcome: string; score: ScoreResult; deal: Deal | null; note: string };
type Props = { scenario: PublicScenario; outcomes: TableOutcome[]; payoffs: Partial<Record<Delegation, PayoffTable>>; weights?: ScenarioWeights | undefined };

const WALK_AWAY_NOTE = "The editorial holds that “walking away is still better than a concession”: no deal keeps the baseline, neither gained nor given away.";

/** Every table side by side with the 2019 bargain and walking away, scores and payoffs revealed. */
export function DebriefBoard({ scenario, outcomes, payoffs, weights }: Props) {
  const noDeal = scoreNoDealFor(scenario, weights);
  const bargain = exampleOf(scenario, "hanoi_bargain");
  const columns: Column[] = [
    ...outcomes.map((o) => ({
      key: o.tableId,
      title: `Table ${o.number}`,
      outcome: o.signed ? `Signed version ${o.signed.version}` : o.walkedAwayBy ? `${DELEGATION_NAMES[o.walkedAwayBy]} walked away` : "No deal signed",
      score: o.signed ? o.signed.score : noDeal,
      deal: o.signed?.terms ?? null,
      note: o.signed ? o.signed.score.summary : WALK_AWAY_NOTE,
    })),
    { key: "hanoi", title: "Hanoi, 2019", outcome: "The bargain on offer", score: scoreDealFor(scenario, bargain, weights), deal: bargain, note: "Full relief for one facility: the editorial calls it “an unfair bargain”." },
    { key: "baseline", title: "Walking away", outcome: "No deal", score: noDeal, deal: null, note: WALK_AWAY_NOTE },
  ];
  const known = DELEGATIONS.filter((d) => payoffs[d]);
  const summaries = columns.map((c) => (c.deal && known.length === 3 ? payoffSummary(payoffs as Record<string, PayoffTable>, c.deal) : null));

  return (
    <section aria-labelledby="debrief-heading" className="space-y-3">
      <h2 id="debrief-heading" className="text-xl font-semibold">Debrief: every table against the editorial</h2>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <caption className="sr-only">Outcome, editorial score, criteria and payoffs of each table, the 2019 bargain and walking away</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">&nbsp;</th>
              {columns.map((c) => <th key={c.key} scope="col" className="px-3 py-2">{c.title}</th>)}
            </tr>
          </thead>
          <tbody>
            <tr className="border-t border-slate-100">
              <th scope="row" className="px-3 py-2">Outcome</th>
              {columns.map((c) => <td key={c.key} className="px-3 py-2" data-testid={`outcome-${c.title}`}>{c.outcome}</td>)}
            </tr>
            <tr className="border-t border-slate-100">
              <th scope="row" className="px-3 py-2">Editorial score</th>
              {columns.map((c) => <td key={c.key} className="px-3 py-2 font-semibold">{c.score.total} · {VERDICT_LABELS[c.score.verdict]}</td>)}
            </tr>
            {columns[0]?.score.criteria.map((criterion, index) => (
              <tr key={criterion.id} className="border-t border-slate-100">
                <th scope="row" className="px-3 py-1 font-normal">{criterion.title}</th>
                {columns.map((c) => {
                  const value = c.score.criteria[index]?.score ?? 0;
                  return (
                    <td key={c.key} className="px-3 py-1">
                      <span className="inline-block h-2 rounded bg-blue-600 align-middle" style={{ width: `${Math.max(2, value * 0.6)}px` }} aria-hidden="true" /> {value}
                    </td>
                  );
                })}
              </tr>
            ))}
            {known.map((d) => (
              <tr key={d} className="border-t border-slate-100">
                <th scope="row" className="px-3 py-1">Payoff: {DELEGATION_NAMES[d]}</th>
                {summaries.map((s, i) => <td key={columns[i]?.key} className="px-3 py-1">{s ? s.byDelegation[d] : "—"}</td>)}
              </tr>
            ))}
            {known.length === 3 ? (
              <tr className="border-t border-slate-100">
                <th scope="row" className="px-3 py-1">Joint gain · gap</th>
                {summaries.map((s, i) => <td key={columns[i]?.key} className="px-3 py-1">{s ? `${s.joint} · ${s.spread}` : "—"}</td>)}
              </tr>
            ) : null}
            <tr className="border-t border-slate-100 align-top">
              <th scope="row" className="px-3 py-2">What the editorial would say</th>
              {columns.map((c) => <td key={c.key} className="px-3 py-2 text-slate-700">{c.note}</td>)}
            </tr>
          </tbody>
        </table>
      </div>
      <p className="text-sm text-slate-600">Payoffs are each delegation&apos;s private points, revealed now. The gap is how far apart the best- and worst-off delegations ended.</p>
    </section>
  );
}
