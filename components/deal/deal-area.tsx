"use client";

import { useState } from "react";
import type { Delegation } from "@/lib/domain/events";
import type { Send } from "@/lib/realtime/events";
import type { ScenarioDeal as Deal } from "@/lib/scenario/deal";
import { weakestDealOf } from "@/lib/scenario/deal";
import type { PayoffTable } from "@/lib/scoring/payoff";
import { refusal, type TableGate } from "@/lib/domain/gates";
import type { Room } from "@/lib/domain/room";
import { useRoles, useScenario } from "@/components/scenario/scenario-context";
import { errorOf } from "@/components/ui/use-request";
import { OutcomeBanner } from "@/components/room/outcome";
import { DealForm } from "./deal-form";
import { ProposalCard } from "./proposal-card";
import { WalkAway } from "./walk-away";

type Props = {
  room: Room;
  me: { delegation: Delegation; tableId: string; participantId: string };
  gate: TableGate;
  weights: Record<string, number> | null;
  payoffs: PayoffTable | undefined;
  /** Every delegation's table once the debrief reveals them; null before. */
  allPayoffs: Record<string, PayoffTable> | null;
  send: Send;
};

type Builder = { terms: Deal; countering: number | null; key: number };

/** The deal at a student's table: what is on it, the answers, the builder one tap away, and walking away. */
export function DealArea({ room, me, gate, weights, payoffs, allPayoffs, send }: Props) {
  const { names } = useRoles();
  const scenario = useScenario();
  const [builder, setBuilder] = useState<Builder | null>(null);
  const proposals = room.proposals.filter((p) => p.tableId === me.tableId);
  const signed = proposals.find((p) => p.status === "signed");
  const open = proposals.find((p) => p.status === "open");
  const outcome = room.outcomes[me.tableId];
  const draft = room.drafts.find((d) => d.tableId === me.tableId && d.delegation === me.delegation);
  const threats = room.threats.filter((t) => t.tableId === me.tableId);
  const mine = threats.find((t) => t.delegation === me.delegation);
  const proposeBlocked = refusal(gate, "propose");
  const load = (terms: Deal, countering: number | null) =>
    setBuilder((b) => ({ terms, countering, key: (b?.key ?? 0) + 1 }));
  const viewer = { delegation: me.delegation, payoffs };

  if (builder && !proposeBlocked) {
    return (
      <div className="rounded-lg border border-slate-200 bg-white p-3">
        <DealForm
          key={builder.key}
          initial={builder.terms}
          countering={builder.countering}
          weights={weights ?? undefined}
          payoffs={payoffs}
          disabledReason={proposeBlocked}
          onPropose={async (terms) => errorOf(await send("deal:propose", { terms }))}
          onShare={async (terms) => errorOf(await send("deal:draft", { terms }))}
          onClose={() => setBuilder(null)}
        />
      </div>
    );
  }

  return (
    <section aria-labelledby="deal-heading" className="space-y-3">
      <h2 id="deal-heading" className="sr-only">
        The deal
      </h2>
      {outcome ? <OutcomeBanner outcome={outcome} viewer={me.delegation} /> : null}
      {threats
        .filter((t) => t.delegation !== me.delegation)
        .map((t) => (
          <p
            key={t.delegation}
            role="status"
            className="rounded-md border border-red-200 bg-red-50 p-3 text-red-900"
            data-testid="walk-threat"
          >
            The {names[t.delegation]} delegation is voting to walk away ({t.votes} of {t.needed}{" "}
            {t.needed === 1 ? "vote" : "votes"}){t.reason ? `: “${t.reason}”` : "."}
          </p>
        ))}
      {signed ? <ProposalCard proposal={signed} viewer={viewer} allPayoffs={allPayoffs} /> : null}
      {open ? (
        <ProposalCard
          proposal={open}
          viewer={viewer}
          answerBlocked={refusal(gate, "respond")}
          onRespond={async (accept, reason) =>
            errorOf(
              await send("deal:respond", {
                proposalId: open.proposalId,
                accept,
                ...(reason.trim() ? { reason: reason.trim() } : {}),
              }),
            )
          }
          onWithdraw={async () => errorOf(await send("deal:withdraw", { proposalId: open.proposalId }))}
          onCounter={proposeBlocked ? undefined : () => load(open.terms, open.version)}
        />
      ) : !outcome ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-3 text-slate-700">
          No deal is on the table yet.
        </p>
      ) : null}
      {proposeBlocked === null && !open ? (
        <button
          type="button"
          onClick={() => load(signed?.terms ?? weakestDealOf(scenario), null)}
          className="min-h-11 w-full rounded-md bg-blue-700 px-4 font-semibold text-white"
        >
          Build a deal
        </button>
      ) : proposeBlocked && !outcome && gate.phase !== "debrief" ? (
        <p className="text-sm text-slate-600">{proposeBlocked}</p>
      ) : null}
      {draft ? (
        <p className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-testid="delegation-draft">
          Your delegation&apos;s latest draft, by {draft.author}: {draft.score.total}/100.{" "}
          {proposeBlocked === null ? (
            <button
              type="button"
              className="font-medium text-blue-700 underline"
              onClick={() => load(draft.terms, null)}
            >
              Open it in the builder
            </button>
          ) : null}
        </p>
      ) : null}
      {gate.phase !== "debrief" ? (
        <WalkAway
          threat={mine}
          iVoted={mine?.voters.includes(me.participantId) ?? false}
          blocked={refusal(gate, "walk_away")}
          onVote={async (reason) => errorOf(await send("deal:walk-away", reason ? { reason } : {}))}
          onStay={async () => errorOf(await send("deal:stay", {}))}
        />
      ) : null}
      {proposals.length > (open ? 1 : 0) + (signed ? 1 : 0) ? (
        <details>
          <summary className="cursor-pointer font-medium text-blue-700">
            Earlier versions ({proposals.filter((p) => p !== open && p !== signed).length})
          </summary>
          <div className="mt-2 space-y-2">
            {[...proposals]
              .reverse()
              .filter((p) => p !== open && p !== signed)
              .map((p) => (
                <ProposalCard key={p.proposalId} proposal={p} viewer={viewer} />
              ))}
          </div>
        </details>
      ) : null}
    </section>
  );
}
