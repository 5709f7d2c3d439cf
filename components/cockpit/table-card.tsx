"use client";

import { useRoles } from "@/components/scenario/scenario-context";

import type { TableState } from "@/lib/domain/events";
import type { Alert } from "@/lib/domain/alerts";
import type { Room } from "@/lib/domain/room";
import { editorialView } from "@/lib/scoring/teach";
import { outcomeText } from "@/components/room/outcome-text";
import { Countdown } from "@/components/timer/countdown";
import { TableClock } from "./table-clock";
import type { CockpitActions } from "./types";

type Props = {
  table: TableState;
  room: Room;
  online: Set<string>;
  unread: number;
  alerts: Alert[];
  clockOffset: number;
  durations: Parameters<typeof TableClock>[0]["durations"];
  actions: CockpitActions;
  onOpen: () => void;
  onDismiss: (key: string) => void;
};

function alertText(alert: Alert, names: Record<string, string>): string {
  switch (alert.kind) {
    case "threat":
      return `${names[alert.delegation]} is voting to walk away (${alert.votes} of ${alert.needed})${alert.reason ? `: “${alert.reason}”` : ""}`;
    case "idle":
      return `Nothing has happened for ${alert.minutes} minutes`;
    case "silent":
      return `${alert.name} has said nothing for ${alert.minutes} minutes`;
  }
}

/** One table at a glance: phase and clock, who sits where and is online, the latest deal, the outcome, and what needs the teacher. */
export function TableCard({
  table,
  room,
  online,
  unread,
  alerts,
  clockOffset,
  durations,
  actions,
  onOpen,
  onDismiss,
}: Props) {
  const { ids, names } = useRoles();
  const members = room.members.filter((m) => m.tableId === table.id);
  const students = members.filter((m) => !m.computer).length;
  const proposals = room.proposals.filter((p) => p.tableId === table.id);
  const latest = proposals.find((p) => p.status === "signed") ?? proposals.at(-1);
  const outcome = room.outcomes[table.id];
  const heading = `Table ${table.number}`;
  const shown = alerts.slice(0, 3);

  return (
    <section
      aria-label={heading}
      className={`flex min-w-0 flex-col gap-2 rounded-lg border bg-white p-3 ${alerts.some((a) => a.kind === "threat") ? "border-red-400" : "border-slate-200"}`}
      data-testid={`table-card-${table.number}`}
    >
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h2 className="text-lg font-bold">{heading}</h2>
        <span className="text-sm text-slate-600">
          {students} {students === 1 ? "student" : "students"}
        </span>
        {unread > 0 ? (
          <span className="rounded-full bg-blue-100 px-2 text-xs font-semibold text-blue-900">{unread} unread</span>
        ) : null}
        <div className="ml-auto flex items-baseline gap-2">
          <Countdown
            phase={table.phase}
            endsAt={table.endsAt}
            pausedRemainingMs={table.pausedRemainingMs}
            clockOffset={clockOffset}
            label={heading}
            size="small"
          />
          {outcome && table.phase !== "debrief" ? (
            <span className="text-sm text-slate-600">· clock stopped, waiting for the debrief</span>
          ) : null}
        </div>
      </header>
      <ul className="space-y-0.5 text-sm" aria-label={`Who sits at table ${table.number}`}>
        {ids.map((d) => {
          const here = members.filter((m) => m.delegation === d);
          return (
            <li key={d} className="flex min-w-0 flex-wrap items-baseline gap-x-2">
              <span className="w-28 shrink-0 font-semibold">{names[d]}</span>
              {here.length === 0 ? <span className="text-slate-500">nobody</span> : null}
              {here.map((m) => {
                const isOnline = m.computer || online.has(m.participantId);
                return (
                  <span key={m.participantId} className="inline-flex items-center gap-1">
                    <span
                      aria-hidden="true"
                      className={`h-2 w-2 rounded-full ${isOnline ? "bg-green-600" : "bg-slate-300"}`}
                    />
                    {m.name}
                    <span className="sr-only">{m.computer ? "" : isOnline ? " (online)" : " (offline)"}</span>
                  </span>
                );
              })}
            </li>
          );
        })}
      </ul>
      {outcome ? (
        <p
          className={`text-sm font-semibold ${outcome.kind === "signed" ? "text-green-800" : "text-red-800"}`}
          data-testid="table-outcome"
        >
          {outcomeText(outcome, null, names)}
        </p>
      ) : null}
      {latest ? (
        <p className="text-sm" data-testid="latest-deal">
          <span className="font-semibold">Version {latest.version}</span> by {names[latest.delegation]} ·{" "}
          {latest.score.total}/100 · {editorialView(latest.score.verdict)}
          {latest.status === "open" ? (
            <span className="block text-slate-700">
              Accepted by:{" "}
              {ids
                .filter((d) => d === latest.delegation || latest.votes[d]?.accept)
                .map((d) => names[d])
                .join(", ")}
              {ids.some((d) => latest.votes[d]?.accept === false)
                ? ` · rejected by ${ids
                    .filter((d) => latest.votes[d]?.accept === false)
                    .map((d) => names[d])
                    .join(", ")}`
                : ""}
            </span>
          ) : latest.status !== "signed" ? (
            <span className="text-slate-600"> ({latest.status})</span>
          ) : null}
        </p>
      ) : table.phase !== "lobby" ? (
        <p className="text-sm text-slate-600">No deal proposed yet.</p>
      ) : null}
      {shown.length > 0 ? (
        <ul className="space-y-1" aria-label={`Alerts at table ${table.number}`}>
          {shown.map((alert) => (
            <li
              key={alert.key}
              className={`flex items-start justify-between gap-2 rounded px-2 py-1 text-sm ${alert.kind === "threat" ? "bg-red-50 text-red-900" : "bg-amber-50 text-amber-950"}`}
            >
              <span>{alertText(alert, names)}</span>
              <button type="button" onClick={() => onDismiss(alert.key)} className="shrink-0 text-xs underline">
                Dismiss<span className="sr-only"> alert: {alertText(alert, names)}</span>
              </button>
            </li>
          ))}
          {alerts.length > shown.length ? (
            <li className="text-xs text-slate-600">and {alerts.length - shown.length} more</li>
          ) : null}
        </ul>
      ) : null}
      <div className="mt-auto flex flex-wrap items-center gap-2 border-t border-slate-100 pt-2">
        <button
          type="button"
          onClick={onOpen}
          className="min-h-9 rounded-md bg-blue-700 px-3 text-sm font-semibold text-white"
        >
          Open table {table.number}
        </button>
        <TableClock
          tables={[table]}
          durations={durations}
          outcomes={room.outcomes}
          actions={actions}
          scope={`table ${table.number}`}
        />
      </div>
    </section>
  );
}
