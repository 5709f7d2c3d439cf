"use client";

import { usePreloadScenario, useRoles } from "@/components/scenario/scenario-context";

import dynamic from "next/dynamic";
import Link from "next/link";
import { startTransition, useCallback, useMemo, useState } from "react";
import { useRoom } from "@/lib/realtime/client";
import { ANNOUNCEMENT, delegationChannel, resolveStudentChannel, sidebarChannel } from "@/lib/domain/channels";
import type { Snapshot } from "@/lib/domain/events";
import { refusal, type TableGate } from "@/lib/domain/gates";
import { PHASE_LABELS, phaseRule } from "@/lib/domain/phases";
import { currentPositions, deriveRoom } from "@/lib/domain/room";
import { ChannelChat, unreadCounts, type ChannelOption } from "@/components/chat/channel-chat";
import { Countdown } from "@/components/timer/countdown";
import { Announcements } from "./announcements";
import { ConnectionStatus } from "./connection-status";
import { DelegationBadge } from "./delegation-badge";
import { AlertSettingsPanel } from "./alert-settings";
import { outcomeText } from "./outcome-text";
import { Roster } from "./roster";
import { TabBar, type Tab } from "./tab-bar";
import { useAttention } from "./use-attention";
import { useWide } from "@/components/ui/use-wide";

/** A student's table on a phone first: a header with the clock, one panel at a time, tabs in thumb's reach. */
const PANELS: Tab[] = ["deal", "positions", "brief"];

// The panels behind the tabs load when first opened: the table a phone shows first is the talk.
// They draw from the scenario's summary, which the browser fetches, so the server never draws them.
const loading = () => <p role="status">Loading…</p>;
const DealArea = dynamic(() => import("@/components/deal/deal-area").then((m) => m.DealArea), { loading, ssr: false });
const PositionPanel = dynamic(() => import("@/components/position/position-panel").then((m) => m.PositionPanel), {
  loading,
  ssr: false,
});
const BriefPanel = dynamic(() => import("@/components/brief/brief-panel").then((m) => m.BriefPanel), {
  loading,
  ssr: false,
});
const StudentDebrief = dynamic(() => import("./student-debrief").then((m) => m.StudentDebrief), {
  loading,
  ssr: false,
});

/** `initial` is the table as the server drew it; the socket brings the rest and what follows. */
export function StudentRoom({ initial }: { initial?: Snapshot }) {
  const { snapshot, events, tables, connected, fatal, clockOffset, send, pending } = useRoom(
    { as: "student" },
    "summit-outbox:student",
    initial,
  );
  const room = useMemo(() => deriveRoom(events), [events]);
  const [tab, setTab] = useState<Tab>("talk");
  // Panels are built the first time they are opened, then kept (a half-built deal survives a look at the talk).
  const [visited, setVisited] = useState<Set<Tab>>(() => new Set());
  const [seenPhase, setSeenPhase] = useState<string | null>(null);
  // The talk opens on the floor, read as the server drew it: no render after hydrating just to mark it.
  const [readUpTo, setReadUpTo] = useState<Record<string, number>>(() => ({
    floor: Math.max(
      0,
      ...(initial?.events ?? []).filter((e) => e.kind === "message" && e.channel === "floor").map((e) => e.seq),
    ),
  }));
  const [seen, setSeen] = useState<{ deal: number; positions: number }>({ deal: 0, positions: 0 });
  const wide = useWide();
  const roles = useRoles();
  usePreloadScenario(connected === true);
  // Read marks only move badges: drawn as a transition, in slices, never in one long task.
  const onRead = useCallback(
    (channel: string, seq: number) => startTransition(() => setReadUpTo((r) => ({ ...r, [channel]: seq }))),
    [],
  );
  const me = snapshot?.me.role === "student" ? snapshot.me : null;
  const table = tables[0];
  // When the debrief starts the channels close: show the outcome and the board instead.
  if (table && table.phase !== seenPhase) {
    setSeenPhase(table.phase);
    if (table.phase === "debrief") {
      setTab("deal");
      setVisited(new Set(visited).add("deal"));
    }
  }
  const outcome = me ? room.outcomes[me.tableId] : undefined;
  const settled = outcome?.kind === "signed" ? "signed" : outcome?.kind === "walked_away" ? "walked_away" : null;
  const gate: TableGate | null = table
    ? { phase: table.phase, pausedRemainingMs: table.pausedRemainingMs, pausedBy: table.pausedBy, settled }
    : null;
  const open = me ? room.proposals.find((p) => p.tableId === me.tableId && p.status === "open") : undefined;
  const needsAnswer =
    me &&
    gate &&
    open &&
    open.delegation !== me.delegation &&
    !open.votes[me.delegation] &&
    refusal(gate, "respond") === null
      ? `Answer version ${open.version}`
      : null;
  useAttention({
    title: snapshot?.session.title ?? "Your table",
    needsAnswer,
    phaseLabel: table ? PHASE_LABELS[table.phase] : "",
  });

  if (fatal) {
    return (
      <main className="mx-auto max-w-xl p-4">
        <p role="alert" className="rounded-md bg-red-50 p-4 text-red-800">
          {fatal}{" "}
          <Link href="/join" className="underline">
            Join a session
          </Link>
        </p>
      </main>
    );
  }
  if (!snapshot || !me || !table || !gate) {
    return (
      <main className="p-4">
        <p role="status">Connecting to your table…</p>
      </main>
    );
  }

  const phase = table.phase;
  const chatRefusal = (kind: "floor" | "delegation" | "sidebar") => refusal(gate, "chat", kind);
  const channels: ChannelOption[] = [
    { key: "floor", label: "Floor", target: { channel: "floor" }, closedReason: chatRefusal("floor") },
    {
      key: delegationChannel(me.delegation),
      label: "My delegation",
      target: { channel: "delegation" },
      closedReason: chatRefusal("delegation"),
    },
    ...roles.ids
      .filter((d) => d !== me.delegation)
      .map((other) => ({
        key: sidebarChannel(me.delegation, other),
        label: `Sidebar with ${roles.names[other]}`,
        target: { channel: `sidebar:${other}` },
        closedReason: chatRefusal("sidebar"),
      })),
    { key: ANNOUNCEMENT, label: "Teacher", target: null, closedReason: null },
  ];
  const pendingTexts = pending
    .filter((p) => p.name === "chat:send")
    .map((p) => ({
      channel: resolveStudentChannel(me.delegation, String(p.body.channel ?? "floor"), roles.ids) ?? "floor",
      text: String(p.body.text ?? ""),
    }));
  const myTable = (e: { tableId: string }) => e.tableId === me.tableId;
  const latestDeal = Math.max(
    0,
    ...events
      .filter(
        (e) => e.tableId === me.tableId && (e.kind === "proposal" || e.kind === "walk_threat" || e.kind === "signed"),
      )
      .map((e) => e.seq),
  );
  const latestPosition = Math.max(
    0,
    ...events.filter((e) => e.kind === "position" && e.tableId === me.tableId).map((e) => e.seq),
  );
  const talkUnread = Object.values(unreadCounts(room.messages, readUpTo, me.participantId)).reduce((a, b) => a + b, 0);
  const badges: Record<Tab, string | null> = {
    talk: talkUnread > 0 ? `${talkUnread}` : null,
    deal: needsAnswer ? "!" : latestDeal > seen.deal ? "new" : null,
    brief: null,
    positions: latestPosition > seen.positions ? "new" : null,
  };
  const choose = (next: Tab) => {
    setTab(next);
    if (next !== "talk" && !visited.has(next)) setVisited(new Set(visited).add(next));
    if (next === "deal") setSeen((s) => ({ ...s, deal: latestDeal }));
    if (next === "positions") setSeen((s) => ({ ...s, positions: latestPosition }));
  };
  // On a wide screen talk sits beside the other panels; with talk chosen there, the deal shows.
  const left: Tab = tab === "talk" ? "deal" : tab;
  const allPayoffs =
    phase === "debrief" ? Object.fromEntries(Object.entries(snapshot.briefs).map(([d, b]) => [d, b.payoffs])) : null;
  const versions = (d: string) => room.positions.filter((p) => myTable(p) && p.delegation === d).length;
  const signed = room.proposals.find((p) => myTable(p) && p.status === "signed");

  return (
    <div className="flex h-dvh flex-col bg-slate-50">
      <header className="border-b border-slate-200 bg-white px-3 py-1.5">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-2">
          <h1 className="min-w-0 truncate text-xs text-slate-600">{snapshot.session.title}</h1>
          <ConnectionStatus connected={connected} queued={pending.length} />
        </div>
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-3">
          <p className="flex min-w-0 flex-wrap items-center gap-x-2">
            <span className="font-semibold">{me.name}</span>
            <DelegationBadge delegation={me.delegation} />
            <span className="text-sm text-slate-600">Table {me.tableNumber}</span>
          </p>
          <Countdown
            phase={phase}
            endsAt={table.endsAt}
            pausedRemainingMs={table.pausedRemainingMs}
            clockOffset={clockOffset}
            drawnAt={snapshot.serverNow}
          />
        </div>
        <p
          className={`mx-auto max-w-6xl text-sm ${table.pausedRemainingMs !== null ? "font-semibold text-amber-900" : outcome ? "font-semibold" : "text-slate-700"}`}
          data-testid="phase-rule"
        >
          {table.pausedRemainingMs !== null
            ? `Paused by ${table.pausedBy ?? "your teacher"}: nothing can be sent until the clock runs again.`
            : outcome && phase !== "debrief"
              ? `${outcomeText(outcome, me.delegation, roles.names)} Wait for the debrief.`
              : phaseRule(phase)}
        </p>
        <div className="mx-auto max-w-6xl">
          <Announcements items={room.announcements} />
        </div>
      </header>

      <main className="mx-auto flex min-h-0 w-full max-w-6xl flex-1 lg:gap-4 lg:p-4">
        <div className={`${tab === "talk" ? "hidden" : "flex"} min-h-0 min-w-0 flex-1 flex-col lg:flex`}>
          <TabBar tab={left} onChange={choose} badges={badges} placement="top" />
          {PANELS.filter((panel) => visited.has(panel) || (wide && panel === left)).map((panel) => (
            <div
              key={panel}
              role="tabpanel"
              id={`panel-${panel}`}
              aria-labelledby={`tab-${panel}-top tab-${panel}-bottom`}
              hidden={panel !== left}
              className="relative min-h-0 flex-1 overflow-y-auto p-3 lg:px-0"
            >
              {panel === "deal" ? (
                phase === "debrief" ? (
                  <StudentDebrief
                    outcome={outcome}
                    viewer={me.delegation}
                    signed={signed}
                    outcomes={snapshot.debrief}
                    payoffs={allPayoffs ?? {}}
                    weights={snapshot.session.weights ?? undefined}
                  />
                ) : (
                  <DealArea
                    room={room}
                    me={me}
                    gate={gate}
                    weights={room.weights ?? snapshot.session.weights}
                    payoffs={snapshot.briefs[me.delegation]?.payoffs}
                    allPayoffs={allPayoffs}
                    send={send}
                  />
                )
              ) : panel === "positions" ? (
                <PositionPanel
                  current={currentPositions(room, me.tableId)}
                  versions={versions}
                  publishAs={me.delegation}
                  closedReason={refusal(gate, "position")}
                  onPublish={(statement, stances) => send("position:publish", { statement, stances })}
                />
              ) : (
                <div className="space-y-3">
                  <BriefPanel
                    briefs={snapshot.briefs}
                    articleUrl={snapshot.session.articleUrl}
                    articleText={snapshot.session.articleText}
                    open={phase === "lobby" || phase === "reading"}
                  />
                  <Roster members={room.members.filter((m) => m.tableId === me.tableId)} highlight={me.participantId} />
                  <AlertSettingsPanel />
                  {snapshot.resumeCode ? (
                    <p className="rounded-lg border border-slate-200 bg-white p-3 text-sm text-slate-700">
                      Continue on another device: open <strong>/join</strong> there and enter your resume code{" "}
                      <strong className="font-mono text-base" data-testid="resume-code">
                        {snapshot.resumeCode}
                      </strong>
                      .
                    </p>
                  ) : null}
                </div>
              )}
            </div>
          ))}
        </div>
        <div
          role="tabpanel"
          id="panel-talk"
          aria-labelledby="tab-talk-bottom"
          className={`${tab === "talk" ? "flex" : "hidden"} min-h-0 min-w-0 flex-1 flex-col p-2 lg:flex lg:w-[26rem] lg:flex-none lg:p-0`}
        >
          <ChannelChat
            channels={channels}
            messages={room.messages}
            pendingTexts={pendingTexts}
            self={me.participantId}
            readUpTo={readUpTo}
            onRead={onRead}
            onSend={(target, text) => send("chat:send", { ...target, text })}
          />
        </div>
      </main>
      <nav aria-label="Panels of your table" className="lg:hidden">
        <TabBar tab={tab} onChange={choose} badges={badges} placement="bottom" />
      </nav>
    </div>
  );
}
