"use client";

import Link from "next/link";
import { useMemo } from "react";
import { useRoom } from "@/lib/realtime/client";
import type { Reply, SummitEvent } from "@/lib/realtime/events";
import { deriveRoom } from "@/lib/session/room";
import { canChat, canPropose } from "@/lib/session/phases";
import { FloorChat } from "@/components/chat/floor-chat";
import { DealForm } from "@/components/deal/deal-form";
import { ProposalCard } from "@/components/deal/proposal-card";
import { Countdown } from "@/components/timer/countdown";
import { ConnectionStatus } from "./connection-status";
import { DelegationBadge } from "./delegation-badge";
import { Outcome } from "./outcome";
import { Roster } from "./roster";

const errorOf = (reply: Reply<unknown>) => ("error" in reply ? reply.error : null);

export function StudentRoom() {
  const { snapshot, events, tables, connected, fatal, clockOffset, send } = useRoom({ as: "student" });
  const room = useMemo(() => deriveRoom(events), [events]);
  const me = snapshot?.me.role === "student" ? snapshot.me : null;
  const table = tables[0];

  if (fatal) return <p role="alert" className="rounded-md bg-red-50 p-4 text-red-800">{fatal} <Link href="/join" className="underline">Join again</Link></p>;
  if (!snapshot || !me || !table) return <p role="status">Connecting to your table…</p>;

  const signed = room.proposals.find((p) => p.status === "signed");
  const open = room.proposals.find((p) => p.status === "open");
  const closedReason = canChat(table.phase) ? null : table.phase === "lobby" ? "The floor opens when your teacher starts." : "The round is over.";
  const proposeBlocked = !canPropose(table.phase) ? "Deals can be proposed while the table negotiates." : signed ? "Your table has signed a deal." : null;

  return (
    <div className="space-y-4">
      <div className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 bg-white/95 px-4 py-2">
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-semibold">{me.name}</span>
          <DelegationBadge delegation={me.delegation} />
          <span className="text-sm text-slate-600">Table {me.tableNumber}</span>
        </p>
        <Countdown phase={table.phase} endsAt={table.endsAt} clockOffset={clockOffset} />
        <ConnectionStatus connected={connected} />
      </div>
      <h1 className="text-2xl font-bold">{snapshot.session.title}</h1>
      {table.phase === "lobby" ? (
        <p className="rounded-md bg-blue-50 p-4 text-blue-900">You are in the lobby. The negotiation begins when your teacher starts it.</p>
      ) : null}
      {table.phase === "debrief" ? <Outcome signed={signed} /> : null}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="min-w-0 space-y-4">
          {signed && table.phase !== "debrief" ? <ProposalCard proposal={signed} /> : null}
          {open ? (
            <ProposalCard
              proposal={open}
              answerAs={me.delegation}
              onRespond={async (accept, reason) =>
                errorOf(await send("deal:respond", { proposalId: open.proposalId, accept, ...(reason.trim() ? { reason: reason.trim() } : {}) }))
              }
            />
          ) : null}
          <details className="rounded-lg border border-slate-200 bg-white p-4" open={!open && canPropose(table.phase) && !signed}>
            <summary className="cursor-pointer text-lg font-semibold">Draft a deal for your delegation</summary>
            <div className="mt-4">
              <DealForm disabledReason={proposeBlocked} onPropose={async (terms) => errorOf(await send("deal:propose", { terms }))} />
            </div>
          </details>
        </div>
        <div className="min-w-0 space-y-4">
          <FloorChat messages={room.messages} closedReason={closedReason} onSend={(text) => send<SummitEvent>("chat:send", { text })} />
          <Roster members={room.members.filter((m) => m.tableId === me.tableId)} highlight={me.participantId} />
        </div>
      </div>
    </div>
  );
}
