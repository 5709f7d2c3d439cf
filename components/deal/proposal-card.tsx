"use client";

import { useState } from "react";
import { DELEGATIONS, type Delegation } from "@/lib/realtime/events";
import { payoffSummary, payoffWith, type PayoffTable } from "@/lib/scoring/payoff";
import type { ProposalView } from "@/lib/session/room";
import { DelegationBadge, DELEGATION_NAMES } from "@/components/room/delegation-badge";
import { changedTerms, DealTerms } from "./deal-terms";
import { ScoreCard } from "./score-card";
import { useScenario } from "@/components/scenario/scenario-context";

type Props = {
  proposal: ProposalView;
  /** The viewing student's delegation and payoff table; absent for the teacher. */
  viewer?: { delegation: Delegation; payoffs: PayoffTable | undefined } | null;
  /** Why answering is not possible now, or null when the viewer may accept or reject. */
  answerBlocked?: string | null;
  onRespond?: (accept: boolean, reason: string) => Promise<string | null>;
  onWithdraw?: () => Promise<string | null>;
  onCounter?: () => void;
  /** Every delegation's payoff table: the teacher's, or anyone's once the debrief reveals them. */
  allPayoffs?: Record<string, PayoffTable> | null;
};

const STATUS = { open: "On the table", superseded: "Replaced by a newer version", withdrawn: "Withdrawn", signed: "Signed by all three delegations" } as const;
const button = "min-h-11 flex-1 rounded-md px-4 font-semibold disabled:bg-slate-400";

export function ProposalCard({ proposal, viewer, answerBlocked = null, onRespond, onWithdraw, onCounter, allPayoffs = null }: Props) {
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const open = proposal.status === "open";
  const mine = viewer?.delegation === proposal.delegation;
  const changes = changedTerms(useScenario(), proposal.terms, proposal.previous);
  const run = async (action: () => Promise<string | null>) => {
    setPending(true);
    setError(await action());
    setPending(false);
  };

  return (
    <article aria-labelledby={`proposal-${proposal.proposalId}`} className={`rounded-lg border bg-white p-4 ${proposal.status === "signed" ? "border-green-600" : "border-slate-200"}`}>
      <header className="flex flex-wrap items-center gap-2">
        <h3 id={`proposal-${proposal.proposalId}`} className="text-lg font-semibold">Deal, version {proposal.version}</h3>
        <DelegationBadge delegation={proposal.delegation} />
        <span className="text-sm text-slate-600">proposed by {proposal.author}</span>
        <span className={`ml-auto rounded px-2 py-0.5 text-sm font-semibold ${proposal.status === "signed" ? "bg-green-100 text-green-900" : "bg-slate-100 text-slate-700"}`} data-testid="proposal-status">
          {STATUS[proposal.status]}
        </span>
      </header>
      {proposal.previous ? (
        <p className="mt-2 text-sm" data-testid="changes">
          {changes.length === 0 ? "Same terms as the version before." : `Changed from version ${proposal.version - 1}: ${changes.join(", ")}.`}
        </p>
      ) : null}
      <ul className="mt-3 flex flex-wrap gap-3 text-sm" aria-label="Answers">
        {DELEGATIONS.map((delegation) => {
          const vote = proposal.votes[delegation];
          const answer = delegation === proposal.delegation ? "proposed" : vote ? (vote.accept ? "accepted" : "rejected") : "no answer yet";
          return (
            <li key={delegation}>
              {DELEGATION_NAMES[delegation]}: <strong>{answer}</strong>
              {vote?.reason ? <span className="text-slate-600"> — “{vote.reason}”</span> : null}
            </li>
          );
        })}
      </ul>
      {viewer?.payoffs ? (
        <p className="mt-3 rounded bg-slate-100 px-3 py-2 text-sm" data-testid="my-payoff">
          Your delegation&apos;s private payoff: <strong>{payoffWith(viewer.payoffs, proposal.terms)} points</strong>
        </p>
      ) : null}
      {allPayoffs && Object.keys(allPayoffs).length === 3 ? <PayoffLine payoffs={allPayoffs} terms={proposal.terms} /> : null}
      <div className="mt-4"><ScoreCard score={proposal.score} /></div>
      <details className="mt-4" open={changes.length > 0}>
        <summary className="cursor-pointer font-medium text-blue-700">The terms</summary>
        <div className="mt-2"><DealTerms terms={proposal.terms} previous={proposal.previous} /></div>
      </details>
      {open && viewer ? (
        <div className="mt-4 space-y-2 border-t border-slate-200 pt-4">
          {!mine && answerBlocked === null && onRespond ? (
            <>
              <label htmlFor={`reason-${proposal.proposalId}`} className="block text-sm font-medium">Reason (optional)</label>
              <input id={`reason-${proposal.proposalId}`} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} className="block w-full rounded-md border border-slate-300 px-3 py-2 text-base" />
              <div className="flex gap-2">
                <button type="button" disabled={pending} onClick={() => void run(() => onRespond(true, reason))} className={`${button} bg-green-700 text-white`}>Accept version {proposal.version}</button>
                <button type="button" disabled={pending} onClick={() => void run(() => onRespond(false, reason))} className={`${button} bg-red-700 text-white`}>Reject</button>
              </div>
            </>
          ) : null}
          {!mine && answerBlocked ? <p className="text-sm text-slate-600">{answerBlocked}</p> : null}
          <div className="flex flex-wrap gap-2">
            {!mine && onCounter ? <button type="button" onClick={onCounter} className={`${button} border border-slate-300 bg-white`}>Counter with changes</button> : null}
            {mine && onWithdraw ? <button type="button" disabled={pending} onClick={() => void run(onWithdraw)} className={`${button} border border-slate-300 bg-white`}>Withdraw version {proposal.version}</button> : null}
          </div>
          {error ? <p role="alert" className="text-red-700">{error}</p> : null}
        </div>
      ) : null}
    </article>
  );
}

/** Every delegation's payoff, their sum and the gap between the best- and worst-off. */
function PayoffLine({ payoffs, terms }: { payoffs: Record<string, PayoffTable>; terms: ProposalView["terms"] }) {
  const summary = payoffSummary(payoffs, terms);
  return (
    <p className="mt-3 rounded bg-slate-100 px-3 py-2 text-sm" data-testid="payoffs">
      Payoffs: {DELEGATIONS.map((d) => `${DELEGATION_NAMES[d]} ${summary.byDelegation[d] ?? 0}`).join(" · ")} — joint gain <strong>{summary.joint}</strong>, gap <strong>{summary.spread}</strong>
      {summary.spread > summary.joint / 2 ? " (lopsided)" : ""}
    </p>
  );
}
