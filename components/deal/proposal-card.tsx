"use client";

import { useState } from "react";
import { DELEGATIONS, type Delegation } from "@/lib/realtime/events";
import type { ProposalView } from "@/lib/session/room";
import { DelegationBadge, DELEGATION_NAMES } from "@/components/room/delegation-badge";
import { DealTerms } from "./deal-terms";
import { ScoreCard } from "./score-card";

type Props = {
  proposal: ProposalView;
  /** The viewer's delegation when they may answer this deal. */
  answerAs?: Delegation | null;
  onRespond?: (accept: boolean, reason: string) => Promise<string | null>;
};

const STATUS = { open: "On the table", superseded: "Replaced by a newer version", signed: "Signed by all three delegations" } as const;

export function ProposalCard({ proposal, answerAs, onRespond }: Props) {
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const canAnswer = proposal.status === "open" && answerAs && answerAs !== proposal.delegation && onRespond;

  const answer = async (accept: boolean) => {
    if (!onRespond) return;
    setPending(true);
    setError(await onRespond(accept, reason));
    setPending(false);
  };

  return (
    <article aria-labelledby={`proposal-${proposal.proposalId}`} className={`rounded-lg border bg-white p-4 ${proposal.status === "signed" ? "border-green-600" : "border-slate-200"}`}>
      <header className="flex flex-wrap items-center gap-2">
        <h3 id={`proposal-${proposal.proposalId}`} className="text-lg font-semibold">
          Deal, version {proposal.version}
        </h3>
        <DelegationBadge delegation={proposal.delegation} />
        <span className="text-sm text-slate-600">proposed by {proposal.author}</span>
        <span className={`ml-auto rounded px-2 py-0.5 text-sm font-semibold ${proposal.status === "signed" ? "bg-green-100 text-green-900" : "bg-slate-100 text-slate-700"}`} data-testid="proposal-status">
          {STATUS[proposal.status]}
        </span>
      </header>
      <ul className="mt-3 flex flex-wrap gap-3 text-sm" aria-label="Answers">
        {DELEGATIONS.map((delegation) => {
          const vote = delegation === proposal.delegation ? { accept: true, reason: undefined } : proposal.votes[delegation];
          return (
            <li key={delegation}>
              {DELEGATION_NAMES[delegation]}:{" "}
              <strong>{delegation === proposal.delegation ? "proposed" : vote ? (vote.accept ? "accepted" : "rejected") : "no answer yet"}</strong>
              {vote?.reason ? <span className="text-slate-600"> — “{vote.reason}”</span> : null}
            </li>
          );
        })}
      </ul>
      <div className="mt-4">
        <ScoreCard score={proposal.score} />
      </div>
      <details className="mt-4">
        <summary className="cursor-pointer font-medium text-blue-700">The terms</summary>
        <div className="mt-2">
          <DealTerms terms={proposal.terms} />
        </div>
      </details>
      {canAnswer ? (
        <div className="mt-4 space-y-2 border-t border-slate-200 pt-4">
          <label htmlFor={`reason-${proposal.proposalId}`} className="block text-sm font-medium">
            Reason (optional)
          </label>
          <input
            id={`reason-${proposal.proposalId}`}
            value={reason}
            maxLength={500}
            onChange={(event) => setReason(event.target.value)}
            className="block w-full rounded-md border border-slate-300 px-3 py-2 text-base"
          />
          <div className="flex gap-2">
            <button type="button" disabled={pending} onClick={() => void answer(true)} className="min-h-11 flex-1 rounded-md bg-green-700 px-4 font-semibold text-white disabled:bg-slate-400">
              Accept version {proposal.version}
            </button>
            <button type="button" disabled={pending} onClick={() => void answer(false)} className="min-h-11 flex-1 rounded-md bg-red-700 px-4 font-semibold text-white disabled:bg-slate-400">
              Reject
            </button>
          </div>
          {error ? (
            <p role="alert" className="text-red-700">
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
