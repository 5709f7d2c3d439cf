"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { useRoom, type RequestName } from "@/lib/realtime/client";
import { DELEGATIONS, type SummitEvent } from "@/lib/realtime/events";
import { ANNOUNCEMENT, delegationChannel, FLOOR, sidebarChannel } from "@/lib/session/channels";
import type { ClockAction } from "@/lib/session/phases";
import { currentPositions, deriveRoom } from "@/lib/session/room";
import { BriefPanel } from "@/components/brief/brief-panel";
import { ChannelChat, type ChannelOption } from "@/components/chat/channel-chat";
import { ProposalCard } from "@/components/deal/proposal-card";
import { PositionPanel } from "@/components/position/position-panel";
import { ClockControls } from "@/components/teacher/clock-controls";
import { SharePanel } from "@/components/teacher/share-panel";
import { StudentRow, type StudentAction } from "@/components/teacher/student-row";
import { TablesSetup } from "@/components/teacher/tables-setup";
import { WeightsForm } from "@/components/teacher/weights-form";
import { Countdown } from "@/components/timer/countdown";
import { ConnectionStatus } from "./connection-status";
import { DELEGATION_NAMES } from "./delegation-badge";
import { Outcome } from "./outcome";

export function TeacherRoom({ sessionId, joinUrl }: { sessionId: string; joinUrl: string }) {
  const { snapshot, events, tables, connected, fatal, clockOffset, send } = useRoom({ as: "teacher", sessionId }, `summit-outbox:teacher:${sessionId}`);
  const room = useMemo(() => deriveRoom(events), [events]);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [viewTable, setViewTable] = useState<string | null>(null);

  if (fatal) return <p role="alert" className="rounded-md bg-red-50 p-4 text-red-800">{fatal}</p>;
  if (!snapshot) return <p role="status">Connecting…</p>;

  const act = async (name: RequestName, payload: Record<string, unknown>) => {
    setPending(true);
    const reply = await send(name, payload);
    setError("error" in reply ? reply.error : null);
    setPending(false);
  };
  const clock = (action: ClockAction, tableId?: string) => act("clock:control", { action, ...(tableId ? { tableId } : {}) });
  const inLobby = tables.every((t) => t.phase === "lobby");
  const allPayoffs = Object.fromEntries(Object.entries(snapshot.briefs).map(([d, b]) => [d, b.payoffs]));
  const shown = tables.find((t) => t.id === viewTable) ?? tables[0];
  const joinLocked = room.joinLocked ?? snapshot.session.joinLocked;
  const channels: ChannelOption[] = shown
    ? [
        { key: FLOOR, label: "Floor", target: { tableId: shown.id, channel: FLOOR }, closedReason: null },
        ...DELEGATIONS.map((d) => ({ key: delegationChannel(d), label: DELEGATION_NAMES[d], target: { tableId: shown.id, channel: delegationChannel(d) }, closedReason: null })),
        ...DELEGATIONS.flatMap((a, i) => DELEGATIONS.slice(i + 1).map((b) => ({ key: sidebarChannel(a, b), label: `${DELEGATION_NAMES[a]} + ${DELEGATION_NAMES[b]}`, target: { tableId: shown.id, channel: sidebarChannel(a, b) }, closedReason: null }))),
        { key: ANNOUNCEMENT, label: "Announcements (everyone)", target: {}, closedReason: null },
      ]
    : [];

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{snapshot.session.title}</h1>
        <div className="flex items-center gap-3">
          <Link href={`/teacher/sessions/${sessionId}/debrief`} className="text-sm font-medium text-blue-700 underline">Debrief</Link>
          <Link href={`/teacher/sessions/${sessionId}/transcript`} className="text-sm font-medium text-blue-700 underline">Report and transcript</Link>
          <ConnectionStatus connected={connected} />
        </div>
      </div>
      <SharePanel
        code={snapshot.session.joinCode}
        joinUrl={joinUrl}
        projectorUrl={`/teacher/sessions/${sessionId}/projector`}
        count={room.members.length}
        locked={joinLocked}
        onLock={(locked) => void act("session:lock", { locked })}
      />
      <section aria-labelledby="run-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="run-heading" className="text-lg font-semibold">Run the session</h2>
        {inLobby ? (
          <>
            <TablesSetup current={tables.length} students={room.members.length} disabled={pending} onApply={(count) => void act("tables:set", { count })} />
            <button type="button" onClick={() => void clock("start")} disabled={pending || room.members.length === 0} className="min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white disabled:bg-slate-400">
              Start the session
            </button>
          </>
        ) : (
          <ClockControls tables={tables} scope="all tables" disabled={pending} onAction={(a) => void clock(a)} />
        )}
        {error ? <p role="alert" className="text-red-700">{error}</p> : null}
      </section>
      <WeightsForm current={room.weights ?? snapshot.session.weights} disabled={pending} onSave={(weights) => void act("session:weights", { weights })} />
      {tables.map((table) => {
        const members = room.members.filter((m) => m.tableId === table.id);
        const signed = room.proposals.find((p) => p.tableId === table.id && p.status === "signed");
        const proposals = room.proposals.filter((p) => p.tableId === table.id);
        return (
          <section key={table.id} aria-labelledby={`table-${table.number}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <h2 id={`table-${table.number}`} className="text-lg font-semibold">Table {table.number} <span className="text-sm font-normal text-slate-600">({members.length} students)</span></h2>
              <Countdown phase={table.phase} endsAt={table.endsAt} pausedRemainingMs={table.pausedRemainingMs} clockOffset={clockOffset} label={`Table ${table.number}`} />
            </div>
            <ClockControls tables={[table]} scope={`table ${table.number}`} disabled={pending} onAction={(a) => void clock(a, table.id)} />
            <ul className="divide-y divide-slate-100">
              {DELEGATIONS.map((d) => (
                <li key={d} className="py-2">
                  <h3 className="text-sm font-semibold">{DELEGATION_NAMES[d]}</h3>
                  {members.some((m) => m.delegation === d) ? null : (
                    <button type="button" disabled={pending} onClick={() => void act("bot:add", { tableId: table.id, delegation: d })} className="mt-1 rounded border border-slate-300 px-2 py-1 text-sm">
                      Let the computer play {DELEGATION_NAMES[d]} at table {table.number}
                    </button>
                  )}
                  <ul>{members.filter((m) => m.delegation === d).map((m) => <StudentRow key={m.participantId} member={m} tables={tables} onAction={(a: StudentAction) => void act(a.name, a.payload)} />)}</ul>
                </li>
              ))}
            </ul>
            {table.phase === "debrief" ? <Outcome signed={signed} /> : null}
            {room.walkAways.some((w) => w.tableId === table.id) ? <p className="text-red-900">This table walked away.</p> : null}
            <PositionPanel current={currentPositions(room, table.id)} versions={(d) => room.positions.filter((p) => p.tableId === table.id && p.delegation === d).length} publishAs={null} closedReason={null} />
            <details open>
              <summary className="cursor-pointer font-medium text-blue-700">Deals at table {table.number} ({proposals.length})</summary>
              <div className="mt-3 space-y-3">{[...proposals].reverse().map((p) => <ProposalCard key={p.proposalId} proposal={p} allPayoffs={allPayoffs} />)}</div>
            </details>
          </section>
        );
      })}
      <section aria-labelledby="channels-heading" className="space-y-2">
        <h2 id="channels-heading" className="text-lg font-semibold">Channels</h2>
        {tables.length > 1 ? (
          <div>
            <label htmlFor="view-table" className="text-sm font-medium">Table to read</label>
            <select id="view-table" value={shown?.id} onChange={(e) => setViewTable(e.target.value)} className="ml-2 rounded border border-slate-300 bg-white px-2 py-1">
              {tables.map((t) => <option key={t.id} value={t.id}>Table {t.number}</option>)}
            </select>
          </div>
        ) : null}
        <ChannelChat
          key={shown?.id}
          heading={`Table ${shown?.number ?? 1}: every channel`}
          channels={channels}
          messages={room.messages.filter((m) => m.tableId === shown?.id || m.kind === "announcement")}
          pendingTexts={[]}
          onSend={(target, text) => send<SummitEvent>("chat:send", { ...target, text })}
        />
      </section>
      <BriefPanel briefs={snapshot.briefs} articleUrl={snapshot.session.articleUrl} articleText={snapshot.session.articleText} open={false} />
    </div>
  );
}
