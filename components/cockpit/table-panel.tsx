"use client";

import { useRoles } from "@/components/scenario/scenario-context";

import { useState } from "react";
import type { PrivateBrief, TableState } from "@/lib/domain/events";
import type { Send } from "@/lib/realtime/events";
import { ANNOUNCEMENT, tableChannels } from "@/lib/domain/channels";
import type { PhaseDurations } from "@/lib/domain/phases";
import { currentPositions, type Room } from "@/lib/domain/room";
import { ChannelChat, type ChannelOption } from "@/components/chat/channel-chat";
import { ProposalCard } from "@/components/deal/proposal-card";
import { PositionPanel } from "@/components/position/position-panel";
import { outcomeText } from "@/components/room/outcome-text";
import { Countdown } from "@/components/timer/countdown";
import { TableClock } from "./table-clock";
import { TableRoster } from "./table-roster";
import type { CockpitActions } from "./types";

type Props = {
  table: TableState;
  room: Room;
  briefs: Partial<Record<string, PrivateBrief>>;
  online: Set<string>;
  tables: TableState[];
  actions: CockpitActions;
  durations: PhaseDurations;
  clockOffset: number;
  send: Send;
  onClose: () => void;
};

type Side = "deals" | "positions" | "students";
const SIDES: Record<Side, string> = { deals: "Deals", positions: "Positions", students: "Students" };

/** One table opened: every channel to read and post in beside its deals (score cards folded), positions and students. */
export function TablePanel({
  table,
  room,
  briefs,
  online,
  tables,
  actions,
  durations,
  clockOffset,
  send,
  onClose,
}: Props) {
  const { ids, names } = useRoles();
  const [side, setSide] = useState<Side>("deals");
  const proposals = room.proposals.filter((p) => p.tableId === table.id);
  const members = room.members.filter((m) => m.tableId === table.id);
  const outcome = room.outcomes[table.id];
  const allPayoffs = Object.fromEntries(Object.entries(briefs).flatMap(([d, b]) => (b ? [[d, b.payoffs]] : [])));
  const target = (channel: string) => ({ tableId: table.id, channel });
  const channels: ChannelOption[] = [
    ...tableChannels(ids, names).map(({ key, label }) => ({ key, label, target: target(key), closedReason: null })),
    { key: ANNOUNCEMENT, label: "Announcements (everyone)", target: {}, closedReason: null },
  ];
  const threats = room.threats.filter((t) => t.tableId === table.id);

  return (
    <section aria-label={`Table ${table.number}, opened`} className="space-y-3">
      <header className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <button
          type="button"
          onClick={onClose}
          className="min-h-9 rounded-md border border-slate-300 bg-white px-3 text-sm font-semibold"
        >
          ← All tables
        </button>
        <h2 className="text-xl font-bold">Table {table.number}</h2>
        <Countdown
          phase={table.phase}
          endsAt={table.endsAt}
          pausedRemainingMs={table.pausedRemainingMs}
          clockOffset={clockOffset}
          label={`Table ${table.number}`}
          size="small"
        />
        {outcome ? <p className="text-sm font-semibold">{outcomeText(outcome, null, names)}</p> : null}
        <div className="ml-auto">
          <TableClock
            tables={[table]}
            durations={durations}
            outcomes={room.outcomes}
            actions={actions}
            scope={`table ${table.number}`}
          />
        </div>
      </header>
      {threats.map((t) => (
        <p key={t.delegation} role="status" className="rounded-md bg-red-50 p-2 text-red-900">
          {names[t.delegation]} is voting to walk away ({t.votes} of {t.needed}){t.reason ? `: “${t.reason}”` : "."}
        </p>
      ))}
      <div className="grid gap-3 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="h-[34rem] min-w-0 lg:h-[calc(100dvh-13rem)]">
          <ChannelChat
            heading={`Table ${table.number}: every channel`}
            channels={channels}
            messages={room.messages.filter((m) => m.tableId === table.id || m.kind === "announcement")}
            pendingTexts={[]}
            onSend={(t, text) => send("chat:send", { ...t, text })}
          />
        </div>
        <div className="relative min-w-0 space-y-2 lg:h-[calc(100dvh-13rem)] lg:overflow-y-auto">
          <div role="tablist" aria-label={`Table ${table.number}`} className="flex gap-1 border-b border-slate-200">
            {(Object.keys(SIDES) as Side[]).map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                id={`side-${name}`}
                aria-selected={side === name}
                aria-controls={`side-panel-${name}`}
                onClick={() => setSide(name)}
                className={`min-h-10 px-3 font-semibold ${side === name ? "border-b-2 border-blue-700 text-blue-800" : "text-slate-600"}`}
              >
                {SIDES[name]}
                {name === "deals"
                  ? ` (${proposals.length})`
                  : name === "students"
                    ? ` (${members.filter((m) => !m.computer).length})`
                    : ""}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`side-panel-${side}`} aria-labelledby={`side-${side}`} className="space-y-2">
            {side === "deals" ? (
              proposals.length === 0 ? (
                <p className="text-slate-600">No deal proposed yet.</p>
              ) : (
                [...proposals]
                  .reverse()
                  .map((p) => <ProposalCard key={p.proposalId} proposal={p} allPayoffs={allPayoffs} />)
              )
            ) : side === "positions" ? (
              <PositionPanel
                current={currentPositions(room, table.id)}
                versions={(d) => room.positions.filter((p) => p.tableId === table.id && p.delegation === d).length}
                publishAs={null}
                closedReason={null}
              />
            ) : (
              <TableRoster
                table={table}
                members={members}
                removed={room.removed.filter((m) => m.tableId === table.id)}
                online={online}
                tables={tables}
                actions={actions}
                className="rounded-lg border border-slate-200 bg-white px-3"
              />
            )}
          </div>
        </div>
      </div>
    </section>
  );
}
