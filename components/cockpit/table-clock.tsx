"use client";

import type { TableState } from "@/lib/domain/events";
import { nextPhase, PHASE_LABELS, REOPEN_MINUTES, type PhaseDurations } from "@/lib/domain/phases";
import type { Room } from "@/lib/domain/room";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { CockpitActions } from "./types";

type Props = {
  tables: TableState[];
  durations: PhaseDurations;
  outcomes: Room["outcomes"];
  actions: CockpitActions;
  scope: string;
};

const button =
  "min-h-9 rounded-md border border-slate-300 bg-white px-2.5 text-sm font-semibold hover:bg-slate-100 disabled:text-slate-400";

const running = (t: TableState) => t.phase !== "lobby" && t.phase !== "debrief";

/** Where "next phase" takes a table: a settled table goes straight to the debrief. */
function nextStep(table: TableState, outcomes: Room["outcomes"], durations: PhaseDurations): string {
  const next = outcomes[table.id] ? "debrief" : nextPhase(table.phase, durations);
  const minutes = next === "debrief" ? 0 : Math.round(durations[next as keyof PhaseDurations] / 60);
  return next === "debrief" ? PHASE_LABELS.debrief : `${PHASE_LABELS[next]} (${minutes} min)`;
}

/**
 * Pause, resume, extend, next phase, end and reopen, for every table or one. Next phase and End
 * ask first and say exactly what will happen; reopening undoes an end or a walk-away.
 */
export function TableClock({ tables, durations, outcomes, actions, scope }: Props) {
  // The session bar speaks of every table, even when there is only one.
  const one = scope === "all tables" ? undefined : tables[0];
  const live = tables.filter(running);
  const ticking = live.filter((t) => t.endsAt !== null);
  const paused = live.filter((t) => t.pausedRemainingMs !== null);
  // Session-wide, reopening is the undo of "End all": offered once every table is in the debrief.
  const reopenable =
    one || tables.every((t) => t.phase === "debrief")
      ? tables.filter(
          (t) => outcomes[t.id]?.kind !== "signed" && (t.phase === "debrief" || outcomes[t.id]?.kind === "walked_away"),
        )
      : [];
  const go = (action: Parameters<CockpitActions["clock"]>[0]) => actions.clock(action, one?.id);
  const ending = tables.filter((t) => t.phase !== "debrief");
  const unsigned = ending.filter((t) => outcomes[t.id]?.kind !== "signed");

  return (
    <div role="group" aria-label={`Clock for ${scope}`} className="flex flex-wrap gap-1.5">
      {ticking.length > 0 ? (
        <button type="button" className={button} disabled={actions.pending} onClick={() => go("pause")}>
          Pause<span className="sr-only"> {scope}</span>
        </button>
      ) : null}
      {paused.length > 0 ? (
        <button type="button" className={button} disabled={actions.pending} onClick={() => go("resume")}>
          Resume<span className="sr-only"> {scope}</span>
        </button>
      ) : null}
      {ticking.length + paused.length > 0 ? (
        <>
          <button type="button" className={button} disabled={actions.pending} onClick={() => go("extend1")}>
            +1 min<span className="sr-only"> for {scope}</span>
          </button>
          <button type="button" className={button} disabled={actions.pending} onClick={() => go("extend5")}>
            +5 min<span className="sr-only"> for {scope}</span>
          </button>
        </>
      ) : null}
      {live.length > 0 ? (
        <ConfirmButton
          label="Next phase…"
          srSuffix={`for ${scope}`}
          className={button}
          disabled={actions.pending}
          question={
            one
              ? `Move table ${one.number} from ${PHASE_LABELS[one.phase]} to ${nextStep(one, outcomes, durations)} now?`
              : "Move every running table to its next phase now?"
          }
          detail={
            one
              ? nextStep(one, outcomes, durations) === PHASE_LABELS.debrief && !outcomes[one.id]
                ? "Nothing is signed there: the table ends with no deal, and its open deal is withdrawn."
                : "Its clock restarts with the next phase's time."
              : live
                  .map((t) => `Table ${t.number}: ${PHASE_LABELS[t.phase]} → ${nextStep(t, outcomes, durations)}`)
                  .join("; ") + "."
          }
          confirmLabel={one ? `Move table ${one.number}` : "Move every table"}
          onConfirm={() => go("skip")}
        />
      ) : null}
      {ending.length > 0 && tables.some((t) => t.phase !== "lobby") ? (
        <ConfirmButton
          label={one ? "End…" : "End all…"}
          srSuffix={`for ${scope}`}
          className={`${button} text-red-800`}
          disabled={actions.pending}
          question={`End the negotiation at ${one ? `table ${one.number}` : ending.length === 1 ? `table ${ending[0]?.number}` : `all ${ending.length} tables`} now?`}
          detail={`${one ? `Table ${one.number} goes` : "Every table goes"} to the debrief.${
            unsigned.length > 0
              ? ` ${unsigned.length === ending.length && one ? "Nothing is signed there, so it ends" : `${unsigned.map((t) => `Table ${t.number}`).join(", ")} ${unsigned.length === 1 ? "has" : "have"} nothing signed and will end`} with no deal; open deals are withdrawn.`
              : ""
          } You can reopen a table afterwards.`}
          confirmLabel={one ? `End table ${one.number}` : "End every table"}
          onConfirm={() => go("end")}
        />
      ) : null}
      {reopenable.length > 0 ? (
        <button type="button" className={button} disabled={actions.pending} onClick={() => go("reopen")}>
          Reopen<span className="sr-only"> {scope}</span> ({REOPEN_MINUTES} min)
        </button>
      ) : null}
    </div>
  );
}
