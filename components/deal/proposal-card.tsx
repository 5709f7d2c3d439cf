"use client";

import { useState } from "react";
import type { Delegation } from "@/lib/domain/events";
import { payoffSummary, payoffWith, type PayoffTable } from "@/lib/scoring/payoff";
import type { ProposalView } from "@/lib/domain/room";
import { DelegationBadge } from "@/components/room/delegation-badge";
import { useRoles, useScenario } from "@/components/scenario/scenario-context";
import { LazyDetails } from "@/components/ui/lazy-details";
import { RequestMessage, useRequest } from "@/components/ui/use-request";
import { changedTerms, DealTerms } from "./deal-terms";
import { ScoreCard, ScoreLine } from "./score-card";

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

const STATUS = {
  open: "On the table",
  superseded: "Replaced",
  withdrawn: "Withdrawn",
  signed: "Signed by every delegation",
} as const;
const button = "min-h-11 flex-1 rounded-md px-3 font-semibold disabled:bg-slate-400";

/** One version of a deal: who proposed it, its score in a line, the answers, and the full card behind "details". */
export function ProposalCard({
  proposal,
  viewer,
  answerBlocked = null,
  onRespond,
  onWithdraw,
  onCounter,
  allPayoffs = null,
}: Props) {
  const { ids, names } = useRoles();
  const [reason, setReason] = useState("");
  const request = useRequest();
  const scenario = useScenario();
  const open = proposal.status === "open";
  const mine = viewer?.delegation === proposal.delegation;
  const changes = changedTerms(scenario, proposal.terms, proposal.previous);
  const heading = `Deal, version ${proposal.version}`;

  return (
    <article
      aria-label={heading}
      className={`min-w-0 rounded-lg border bg-white p-3 ${proposal.status === "signed" ? "border-green-600" : open ? "border-blue-300" : "border-slate-200"}`}
    >
      <header className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <h3 className="font-semibold">Version {proposal.version}</h3>
        <DelegationBadge delegation={proposal.delegation} />
        <span className="min-w-0 truncate text-sm text-slate-600">by {proposal.author}</span>
        <span
          className={`ml-auto rounded px-2 py-0.5 text-xs font-semibold ${proposal.status === "signed" ? "bg-green-100 text-green-900" : open ? "bg-blue-100 text-blue-900" : "bg-slate-100 text-slate-700"}`}
          data-testid="proposal-status"
        >
          {STATUS[proposal.status]}
        </span>
      </header>
      <ScoreLine score={proposal.score} payoff={viewer?.payoffs ? payoffWith(viewer.payoffs, proposal.terms) : null} />
      {proposal.previous ? (
        <p className="mt-1 text-sm text-slate-700" data-testid="changes">
          {changes.length === 0
            ? "Same terms as the version before."
            : `Changed from version ${proposal.version - 1}: ${changes.join(", ")}.`}
        </p>
      ) : null}
      <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm" aria-label="Answers">
        {ids.map((delegation) => {
          const vote = proposal.votes[delegation];
          const answer =
            delegation === proposal.delegation
              ? "proposed"
              : vote
                ? vote.accept
                  ? "accepted"
                  : "rejected"
                : "no answer yet";
          const mark = delegation === proposal.delegation || vote?.accept ? "✓" : vote ? "✗" : "…";
          return (
            <li key={delegation} className="min-w-0" data-answer={answer}>
              <span
                aria-hidden="true"
                className={
                  vote?.accept || delegation === proposal.delegation
                    ? "text-green-700"
                    : vote
                      ? "text-red-700"
                      : "text-slate-400"
                }
              >
                {mark}{" "}
              </span>
              {names[delegation]}: {answer}
              {vote?.reason ? <span className="text-slate-600"> — “{vote.reason}”</span> : null}
            </li>
          );
        })}
      </ul>
      {allPayoffs && Object.keys(allPayoffs).length === ids.length ? (
        <PayoffLine payoffs={allPayoffs} terms={proposal.terms} />
      ) : null}
      {open && viewer ? (
        <div className="mt-3 space-y-2">
          {!mine && answerBlocked === null && onRespond ? (
            <>
              <label htmlFor={`reason-${proposal.proposalId}`} className="sr-only">
                Reason for your answer to version {proposal.version} (optional)
              </label>
              <input
                id={`reason-${proposal.proposalId}`}
                value={reason}
                maxLength={500}
                placeholder="Reason (optional)"
                onChange={(e) => setReason(e.target.value)}
                className="block w-full rounded-md border border-slate-300 px-3 py-2 text-base"
              />
              <div className="flex gap-2">
                <button
                  type="button"
                  disabled={request.pending}
                  onClick={() => void request.run(() => onRespond(true, reason))}
                  className={`${button} bg-green-700 text-white`}
                >
                  Accept<span className="sr-only"> version {proposal.version}</span>
                </button>
                <button
                  type="button"
                  disabled={request.pending}
                  onClick={() => void request.run(() => onRespond(false, reason))}
                  className={`${button} bg-red-700 text-white`}
                >
                  Reject<span className="sr-only"> version {proposal.version}</span>
                </button>
              </div>
            </>
          ) : null}
          {!mine && answerBlocked ? <p className="text-sm text-slate-600">{answerBlocked}</p> : null}
          {(!mine && onCounter) || (mine && onWithdraw) ? (
            <div className="flex flex-wrap gap-2">
              {!mine && onCounter ? (
                <button type="button" onClick={onCounter} className={`${button} border border-slate-300 bg-white`}>
                  Counter with changes
                </button>
              ) : null}
              {mine && onWithdraw ? (
                <button
                  type="button"
                  disabled={request.pending}
                  onClick={() => void request.run(onWithdraw)}
                  className={`${button} border border-slate-300 bg-white`}
                >
                  Withdraw version {proposal.version}
                </button>
              ) : null}
            </div>
          ) : null}
          <RequestMessage message={request.message} />
        </div>
      ) : null}
      <LazyDetails
        className="mt-2"
        summaryClassName="text-sm font-medium text-blue-700"
        summary={
          <>
            Details<span className="sr-only">: the terms and the full score of version {proposal.version}</span>
          </>
        }
      >
        {() => (
          <div className="mt-2 space-y-3">
            <DealTerms terms={proposal.terms} previous={proposal.previous} />
            <ScoreCard score={proposal.score} />
          </div>
        )}
      </LazyDetails>
    </article>
  );
}

/** Every delegation's payoff, their sum and the gap between the best- and worst-off. */
function PayoffLine({ payoffs, terms }: { payoffs: Record<string, PayoffTable>; terms: ProposalView["terms"] }) {
  const { ids, names } = useRoles();
  const summary = payoffSummary(payoffs, terms);
  return (
    <p className="mt-2 rounded bg-slate-100 px-2 py-1 text-sm" data-testid="payoffs">
      Payoffs: {ids.map((d) => `${names[d]} ${summary.byDelegation[d] ?? 0}`).join(" · ")} — joint gain{" "}
      <strong>{summary.joint}</strong>, gap <strong>{summary.spread}</strong>
      {summary.spread > summary.joint / 2 ? " (lopsided)" : ""}
    </p>
  );
}
