"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { useRoom } from "@/lib/realtime/client";
import type { RequestBody, RequestName } from "@/lib/realtime/events";
import type { ClockAction } from "@/lib/domain/phases";
import { alertsFor } from "@/lib/domain/alerts";
import { deriveRoom } from "@/lib/domain/room";
import { ConnectionStatus } from "@/components/room/connection-status";
import { errorOf, useRequest } from "@/components/ui/use-request";
import { LobbyPanel } from "./lobby-panel";
import { SessionBar } from "./session-bar";
import { TableCard } from "./table-card";
import { TablePanel } from "./table-panel";
import type { CockpitActions } from "./types";

type Props = { sessionId: string; joinUrl: string };

/**
 * The teacher's live page: session-wide controls that stay in view, then every table at a glance
 * (up to four fit a 1280×800 screen), or one table opened with its channels, deals and positions.
 */
export function Cockpit({ sessionId, joinUrl }: Props) {
  const { snapshot, events, tables, online, connected, fatal, clockOffset, send } = useRoom(
    { as: "teacher", sessionId },
    `summit-outbox:teacher:${sessionId}`,
  );
  const room = useMemo(() => deriveRoom(events), [events]);
  const request = useRequest();
  const [openTable, setOpenTable] = useState<string | null>(null);
  const [readTable, setReadTable] = useState<Record<string, number>>({});
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);

  const { run } = request;
  const act = useCallback(
    <N extends RequestName>(name: N, payload: RequestBody<N>) => run(async () => errorOf(await send(name, payload))),
    [run, send],
  );
  const actions: CockpitActions = {
    pending: request.pending,
    act: (name, payload) => void act(name, payload),
    clock: (action: ClockAction, tableId?: string) =>
      void act("clock:control", { action, ...(tableId ? { tableId } : {}) }),
  };
  const onlineSet = useMemo(() => new Set(online), [online]);
  const alerts = useMemo(
    () => alertsFor(room, tables, now + clockOffset).filter((a) => !dismissed.has(a.key)),
    [room, tables, now, clockOffset, dismissed],
  );
  const shown = tables.find((t) => t.id === openTable);
  const lastSeqAt = (tableId: string) =>
    Math.max(0, ...room.messages.filter((m) => m.tableId === tableId).map((m) => m.seq));
  // A table counts as read up to where it was when the teacher opened it and when they left it.
  const switchTable = (next: string | null) => {
    const left = openTable ?? next;
    if (left) setReadTable((r) => ({ ...r, [left]: lastSeqAt(left) }));
    if (next) setReadTable((r) => ({ ...r, [next]: lastSeqAt(next) }));
    setOpenTable(next);
  };

  if (fatal)
    return (
      <p role="alert" className="m-4 rounded-md bg-red-50 p-4 text-red-800">
        {fatal}
      </p>
    );
  if (!snapshot)
    return (
      <p role="status" className="m-4">
        Connecting…
      </p>
    );

  const inLobby = tables.every((t) => t.phase === "lobby");
  const durations = snapshot.session.phaseDurations;
  const unread = (tableId: string) =>
    room.messages.filter(
      (m) =>
        m.tableId === tableId && m.author !== null && !("teacher" in m.author) && m.seq > (readTable[tableId] ?? 0),
    ).length;

  return (
    <div className="flex min-h-dvh flex-col">
      <SessionBar
        sessionId={sessionId}
        snapshot={snapshot}
        tables={tables}
        room={room}
        online={onlineSet}
        actions={actions}
        error={request.message?.error ? request.message.text : null}
        status={<ConnectionStatus connected={connected} />}
        onAnnounce={(text) => send("chat:send", { text })}
      />
      <main className="mx-auto w-full max-w-[90rem] flex-1 px-4 py-3">
        {shown ? (
          <TablePanel
            key={shown.id}
            table={shown}
            room={room}
            briefs={snapshot.briefs}
            online={onlineSet}
            tables={tables}
            actions={actions}
            durations={durations}
            clockOffset={clockOffset}
            send={send}
            onClose={() => switchTable(null)}
          />
        ) : inLobby ? (
          <LobbyPanel
            snapshot={snapshot}
            joinUrl={joinUrl}
            tables={tables}
            room={room}
            online={onlineSet}
            actions={actions}
          />
        ) : (
          <div
            className={`grid gap-3 ${tables.length > 1 ? "lg:grid-cols-2" : ""} ${tables.length > 4 ? "2xl:grid-cols-3" : ""}`}
          >
            {tables.map((table) => (
              <TableCard
                key={table.id}
                table={table}
                room={room}
                online={onlineSet}
                unread={unread(table.id)}
                alerts={alerts.filter((a) => a.tableId === table.id)}
                clockOffset={clockOffset}
                durations={durations}
                actions={actions}
                onOpen={() => switchTable(table.id)}
                onDismiss={(key) => setDismissed((d) => new Set(d).add(key))}
              />
            ))}
          </div>
        )}
      </main>
    </div>
  );
}
