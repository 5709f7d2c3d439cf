"use client";

import { useRoles } from "@/components/scenario/scenario-context";

import { useMemo, useState } from "react";
import type { SummitEvent } from "@/lib/domain/events";
import { formatTime } from "@/lib/format/time";
import { ANNOUNCEMENT, tableChannels } from "@/lib/domain/channels";
import { PHASE_LABELS, type PhaseName } from "@/lib/domain/phases";
import { currentPositions, deriveRoom } from "@/lib/domain/room";
import { ChannelChat, type ChannelOption } from "@/components/chat/channel-chat";
import { ProposalCard } from "@/components/deal/proposal-card";
import { PositionPanel } from "@/components/position/position-panel";
import { describeEvent, KIND_LABELS } from "@/lib/report/describe";

/** Steps through one table's events: the channels, positions and deal as they stood at each one. */
export function Replay({ tableId, events, timeZone }: { tableId: string; events: SummitEvent[]; timeZone: string }) {
  const [step, setStep] = useState(events.length);
  const { ids, names } = useRoles();
  const channels: ChannelOption[] = [
    ...tableChannels(ids, names).map(({ key, label }) => ({ key, label, target: null, closedReason: null })),
    { key: ANNOUNCEMENT, label: "Announcements", target: null, closedReason: null },
  ];
  const seen = useMemo(() => events.slice(0, step), [events, step]);
  const room = useMemo(() => deriveRoom(seen), [seen]);
  const current = seen.at(-1);
  const phase =
    ([...seen].reverse().find((e) => e.kind === "phase")?.payload as { phase?: PhaseName } | undefined)?.phase ??
    "lobby";
  const deal =
    room.proposals.find((p) => p.status === "signed") ??
    room.proposals.find((p) => p.status === "open") ??
    room.proposals.at(-1);
  return (
    <div className="space-y-4">
      <div className="sticky top-0 z-10 space-y-2 rounded-lg border border-slate-200 bg-white p-3">
        <label htmlFor="scrubber" className="block font-semibold">
          Step {step} of {events.length}
        </label>
        <input
          id="scrubber"
          type="range"
          min={0}
          max={events.length}
          value={step}
          onChange={(e) => setStep(Number(e.target.value))}
          className="w-full"
          aria-valuetext={
            current ? `${KIND_LABELS[current.kind]}: ${describeEvent(current, names)}` : "before the first event"
          }
        />
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            onClick={() => setStep((s) => Math.max(0, s - 1))}
            className="min-h-9 rounded border border-slate-300 px-3"
          >
            Previous event
          </button>
          <button
            type="button"
            onClick={() => setStep((s) => Math.min(events.length, s + 1))}
            className="min-h-9 rounded border border-slate-300 px-3"
          >
            Next event
          </button>
          <span className="text-sm text-slate-700" data-testid="replay-now">
            {PHASE_LABELS[phase]}
            {current
              ? ` · ${formatTime(current.at, timeZone)} · ${KIND_LABELS[current.kind]}: ${describeEvent(current, names)}`
              : " · before the first event"}
          </span>
        </div>
      </div>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="min-w-0 space-y-4">
          <PositionPanel
            current={currentPositions(room, tableId)}
            versions={(d) => room.positions.filter((p) => p.tableId === tableId && p.delegation === d).length}
            publishAs={null}
            closedReason={null}
          />
          {deal ? (
            <ProposalCard key={`${deal.proposalId}-${deal.status}`} proposal={deal} />
          ) : (
            <p className="text-slate-600">No deal on the table yet.</p>
          )}
        </div>
        <ChannelChat
          heading="Channels at that moment"
          channels={channels}
          messages={room.messages}
          pendingTexts={[]}
          onSend={async () => ({ error: "Replay is read-only." })}
        />
      </div>
    </div>
  );
}
