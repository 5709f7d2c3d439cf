"use client";

import Link from "next/link";
import { useMemo } from "react";
import { useRoom } from "@/lib/realtime/client";
import { DELEGATIONS, type SummitEvent } from "@/lib/realtime/events";
import { ANNOUNCEMENT, delegationChannel, resolveStudentChannel, sidebarChannel } from "@/lib/session/channels";
import { canChat, canPublishPosition, phaseRule } from "@/lib/session/phases";
import { currentPositions, deriveRoom } from "@/lib/session/room";
import { BriefPanel } from "@/components/brief/brief-panel";
import { ChannelChat, type ChannelOption } from "@/components/chat/channel-chat";
import { DealArea } from "@/components/deal/deal-area";
import { DebriefBoard } from "@/components/debrief/debrief-board";
import { useScenario } from "@/components/scenario/scenario-context";
import { PositionPanel } from "@/components/position/position-panel";
import { Countdown } from "@/components/timer/countdown";
import { Announcements } from "./announcements";
import { ConnectionStatus } from "./connection-status";
import { DELEGATION_NAMES, DelegationBadge } from "./delegation-badge";
import { Outcome } from "./outcome";
import { Roster } from "./roster";

export function StudentRoom() {
  const { snapshot, events, tables, connected, fatal, clockOffset, send, pending } = useRoom({ as: "student" }, "summit-outbox:student");
  const room = useMemo(() => deriveRoom(events), [events]);
  const scenario = useScenario();
  const me = snapshot?.me.role === "student" ? snapshot.me : null;
  const table = tables[0];

  if (fatal) return <p role="alert" className="rounded-md bg-red-50 p-4 text-red-800">{fatal} <Link href="/join" className="underline">Join again</Link></p>;
  if (!snapshot || !me || !table) return <p role="status">Connecting to your table…</p>;

  const phase = table.phase;
  const signed = room.proposals.find((p) => p.tableId === me.tableId && p.status === "signed");
  const closed = (kind: "floor" | "delegation" | "sidebar") =>
    canChat(phase, kind) ? null : phase === "lobby" ? "Opens when your teacher starts." : phase === "debrief" ? "The negotiation is over." : "While reading, talk only inside your delegation.";
  const channels: ChannelOption[] = [
    { key: "floor", label: "Floor", target: { channel: "floor" }, closedReason: closed("floor") },
    { key: delegationChannel(me.delegation), label: "My delegation", target: { channel: "delegation" }, closedReason: closed("delegation") },
    ...DELEGATIONS.filter((d) => d !== me.delegation).map((other) => ({
      key: sidebarChannel(me.delegation, other),
      label: `Sidebar: ${DELEGATION_NAMES[other]}`,
      target: { channel: `sidebar:${other}` },
      closedReason: closed("sidebar"),
    })),
    { key: ANNOUNCEMENT, label: "Teacher", target: null, closedReason: null },
  ];
  const pendingTexts = pending
    .filter((p) => p.name === "chat:send")
    .map((p) => ({ channel: resolveStudentChannel(me.delegation, String(p.body.channel ?? "floor")) ?? "floor", text: String(p.body.text ?? "") }));
  const versions = (d: string) => room.positions.filter((p) => p.tableId === me.tableId && p.delegation === d).length;

  return (
    <div className="space-y-4">
      <div className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 bg-white/95 px-4 py-2">
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-semibold">{me.name}</span>
          <DelegationBadge delegation={me.delegation} />
          <span className="text-sm text-slate-600">Table {me.tableNumber}</span>
        </p>
        <Countdown phase={phase} endsAt={table.endsAt} pausedRemainingMs={table.pausedRemainingMs} clockOffset={clockOffset} />
        <ConnectionStatus connected={connected} queued={pending.length} />
      </div>
      <h1 className="text-2xl font-bold">{snapshot.session.title}</h1>
      <p className="rounded-md bg-blue-50 p-3 text-blue-900" data-testid="phase-rule">{phaseRule(phase)}</p>
      <Announcements items={room.announcements} />
      {phase === "debrief" ? (
        <>
          <Outcome signed={signed} />
          <Link href="/play/transcript" className="inline-block font-medium text-blue-700 underline">Read your table&apos;s whole transcript</Link>
          <DebriefBoard scenario={scenario} outcomes={snapshot.debrief} payoffs={Object.fromEntries(Object.entries(snapshot.briefs).map(([d, b]) => [d, b.payoffs]))} weights={snapshot.session.weights ?? undefined} />
        </>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="min-w-0 space-y-4">
          <BriefPanel briefs={snapshot.briefs} articleUrl={snapshot.session.articleUrl} articleText={snapshot.session.articleText} open={phase === "lobby" || phase === "reading"} />
          <PositionPanel
            current={currentPositions(room, me.tableId)}
            versions={versions}
            publishAs={me.delegation}
            closedReason={canPublishPosition(phase) ? null : "Positions are published from the opening statements on."}
            onPublish={(statement, stances) => send<SummitEvent>("position:publish", { statement, stances })}
          />
          <DealArea
            room={room}
            me={me}
            phase={phase}
            durations={snapshot.session.phaseDurations}
            weights={room.weights ?? snapshot.session.weights}
            payoffs={snapshot.briefs[me.delegation]?.payoffs}
            allPayoffs={phase === "debrief" ? Object.fromEntries(Object.entries(snapshot.briefs).map(([d, b]) => [d, b.payoffs])) : null}
            send={send}
          />
        </div>
        {/* On a phone the conversation comes first; on a wide screen it sits on the right. */}
        <div className="order-first min-w-0 space-y-4 lg:order-none">
          <ChannelChat channels={channels} messages={room.messages} pendingTexts={pendingTexts} onSend={(target, text) => send<SummitEvent>("chat:send", { ...target, text })} />
          <Roster members={room.members.filter((m) => m.tableId === me.tableId)} highlight={me.participantId} />
          {snapshot.resumeCode ? (
            <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700">
              Continue on another device: go to <strong>/join</strong> and enter your resume code{" "}
              <strong className="font-mono text-base" data-testid="resume-code">{snapshot.resumeCode}</strong>.
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
}
