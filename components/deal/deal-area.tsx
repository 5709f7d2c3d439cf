"use client";

import { useState } from "react";
import type { Delegation, Reply } from "@/lib/realtime/events";
import type { RequestName } from "@/lib/realtime/client";
import type { Deal } from "@/lib/scenario/hanoi/terms";
import { weakestOf } from "@/lib/scenario/public";
import { useScenario } from "@/components/scenario/scenario-context";
import type { PayoffTable } from "@/lib/scoring/payoff";
import { canPropose, canRespond, type PhaseDurations, type PhaseName } from "@/lib/session/phases";
import type { Room } from "@/lib/session/room";
import { DealForm } from "./deal-form";
import { ProposalCard } from "./proposal-card";
import { WalkAway } from "./walk-away";
import { DELEGATION_NAMES } from "@/lib/session/names";

type Props = {
  room: Room;
  me: { delegation: Delegation; tableId: string };
  phase: PhaseName;
  durations: PhaseDurations;
  weights: Record<string, number> | null;
  payoffs: PayoffTable | undefined;
  /** Every delegation's table once the debrief reveals them; null before. */
  allPayoffs: Record<string, PayoffTable> | null;
  send: (name: RequestName, payload: Record<string, unknown>) => Promise<Reply<unknown>>;
};

const errorOf = (reply: Reply<unknown>) => ("error" in reply ? reply.error : null);

/** The deal at a student's table: what is on it, the delegation's drafts, and the builder. */
export function DealArea({ room, me, phase, durations, weights, payoffs, allPayoffs, send }: Props) {
  const scenario = useScenario();
  const [builder, setBuilder] = useState<{ terms: Deal; key: number; open: boolean }>(() => ({ terms: weakestOf(scenario), key: 0, open: false }));
  const proposals = room.proposals.filter((p) => p.tableId === me.tableId);
  const signed = proposals.find((p) => p.status === "signed");
  const open = proposals.find((p) => p.status === "open");
  const walked = room.walkAways.find((w) => w.tableId === me.tableId);
  const draft = room.drafts.find((d) => d.tableId === me.tableId && d.delegation === me.delegation);
  const settled = Boolean(signed || walked);
  const load = (terms: Deal) => setBuilder((b) => ({ terms, key: b.key + 1, open: true }));
  const answerBlocked = canRespond(phase, durations) ? null : durations.signing > 0 ? "Deals are accepted or rejected in the signing phase." : "Deals are answered while the table negotiates.";
  const proposeBlocked = !canPropose(phase) ? "Deals are proposed during the negotiation and final proposals." : settled ? "Your table has settled: no more deals." : null;

  return (
    <section aria-labelledby="deal-heading" className="space-y-4">
      <h2 id="deal-heading" className="text-xl font-semibold">The deal</h2>
      {walked ? (
        <p className="rounded-md bg-red-50 p-3 text-red-900" data-testid="walked-away">
          {walked.delegation
            ? `${walked.delegation === me.delegation ? "Your delegation" : `The ${DELEGATION_NAMES[walked.delegation]} delegation`} walked away${walked.reason ? `: “${walked.reason}”` : "."}`
            : "Nothing was signed in time: the table walked away."}
        </p>
      ) : null}
      {signed ? <ProposalCard proposal={signed} viewer={{ delegation: me.delegation, payoffs }} allPayoffs={allPayoffs} /> : null}
      {open ? (
        <ProposalCard
          proposal={open}
          viewer={{ delegation: me.delegation, payoffs }}
          answerBlocked={answerBlocked}
          onRespond={async (accept, reason) => errorOf(await send("deal:respond", { proposalId: open.proposalId, accept, ...(reason.trim() ? { reason: reason.trim() } : {}) }))}
          onWithdraw={async () => errorOf(await send("deal:withdraw", { proposalId: open.proposalId }))}
          onCounter={canPropose(phase) ? () => load(open.terms) : undefined}
        />
      ) : !settled ? <p className="text-slate-600">No deal is on the table.</p> : null}
      {draft ? (
        <div className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-testid="delegation-draft">
          Your delegation&apos;s latest draft, by {draft.author}: {draft.score.total}/100, verdict {draft.score.verdict === "sign" ? "Sign" : "Walk away"}.{" "}
          <button type="button" className="font-medium text-blue-700 underline" onClick={() => load(draft.terms)}>Load it into the builder</button>
        </div>
      ) : null}
      {!settled && phase !== "debrief" ? (
        <details className="rounded-lg border border-slate-200 bg-white p-4" open={builder.open || (!open && canPropose(phase))}>
          <summary className="cursor-pointer text-lg font-semibold">Build a deal for your delegation</summary>
          <div className="mt-4">
            <DealForm
              key={builder.key}
              initial={builder.terms}
              weights={weights ?? undefined}
              payoffs={payoffs}
              disabledReason={proposeBlocked}
              onPropose={async (terms) => errorOf(await send("deal:propose", { terms }))}
              onShare={async (terms) => errorOf(await send("deal:draft", { terms }))}
            />
          </div>
        </details>
      ) : null}
      {!settled && phase !== "lobby" && phase !== "reading" && phase !== "debrief" ? <WalkAway onWalkAway={async (reason) => errorOf(await send("deal:walk-away", reason ? { reason } : {}))} /> : null}
      {proposals.length > 1 ? (
        <details>
          <summary className="cursor-pointer font-medium text-blue-700">Every version ({proposals.length})</summary>
          <div className="mt-3 space-y-3">{[...proposals].reverse().filter((p) => p !== open && p !== signed).map((p) => <ProposalCard key={p.proposalId} proposal={p} viewer={{ delegation: me.delegation, payoffs }} />)}</div>
        </details>
      ) : null}
    </section>
  );
}
