"use client";

import { useRoles } from "@/components/scenario/scenario-context";

import { useMemo } from "react";
import { useRoom } from "@/lib/realtime/client";
import { editorialView } from "@/lib/scoring/teach";
import { deriveRoom } from "@/lib/domain/room";
import { outcomeText } from "@/components/room/outcome-text";
import { Countdown } from "@/components/timer/countdown";
import { DebriefSlides } from "./debrief-slides";

type Props = { sessionId: string; title: string; code: string | null; joinUrl: string; qr: string };

/**
 * The classroom's screen, read from the back of the room: in the lobby the code and every name
 * as it arrives, during the game a board of every table, at the debrief slides to talk through.
 */
export function ProjectorView({ sessionId, title, code, joinUrl, qr }: Props) {
  const { ids, names } = useRoles();
  const { snapshot, events, tables, clockOffset } = useRoom(
    { as: "teacher", sessionId },
    `summit-outbox:projector:${sessionId}`,
  );
  const room = useMemo(() => deriveRoom(events), [events]);
  const students = room.members.filter((m) => !m.computer);
  const inLobby = tables.length === 0 || tables.every((t) => t.phase === "lobby");
  const over = tables.length > 0 && tables.every((t) => t.phase === "debrief");

  if (snapshot && over) return <DebriefSlides title={title} snapshot={snapshot} />;

  if (inLobby) {
    return (
      <main className="grid min-h-dvh grid-cols-1 gap-8 bg-white p-10 text-3xl lg:grid-cols-[auto_minmax(0,1fr)]">
        <section aria-label="How to join" className="flex flex-col items-center justify-center gap-6 text-center">
          <h1 className="text-5xl font-bold">{title}</h1>
          <p className="text-slate-700">
            Join at <strong>{joinUrl.replace(/^https?:\/\//, "").replace(/\/join\/.*$/, "/join")}</strong> with the code
          </p>
          <p
            className="font-mono text-9xl font-bold tracking-[0.2em]"
            data-testid="projector-code"
            aria-label={`Code ${code?.split("").join(" ")}`}
          >
            {code}
          </p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a generated data URL, nothing to optimise */}
          <img src={qr} alt={`QR code for ${joinUrl}`} width={320} height={320} className="h-80 w-80" />
        </section>
        <section aria-labelledby="joined-heading" className="min-w-0">
          <h2 id="joined-heading" className="text-4xl font-bold" aria-live="polite">
            <span data-testid="projector-count">{students.length}</span>{" "}
            {students.length === 1 ? "student has" : "students have"} joined
          </h2>
          <div className={`mt-6 grid gap-6 ${tables.length > 1 ? "xl:grid-cols-2" : ""}`}>
            {tables.map((table) => (
              <div key={table.id} className="rounded-xl border-2 border-slate-200 p-5">
                <h3 className="text-3xl font-bold">Table {table.number}</h3>
                <ul className="mt-3 space-y-2">
                  {ids.map((d) => {
                    const seated = room.members
                      .filter((m) => m.tableId === table.id && m.delegation === d)
                      .map((m) => m.name);
                    return (
                      <li key={d} className="flex flex-wrap gap-x-4">
                        <span className="w-56 shrink-0 font-semibold">{names[d]}</span>
                        <span data-testid={`projector-names-${table.number}-${d}`}>
                          {seated.length ? seated.join(", ") : <span className="text-slate-500">waiting…</span>}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </div>
        </section>
      </main>
    );
  }

  return (
    <main className="min-h-dvh bg-white p-10 text-3xl">
      <h1 className="text-5xl font-bold">{title}</h1>
      <p className="mt-2 text-slate-600">
        Each bar is a table&apos;s latest deal as the editorial scores it; the black line marks walking away.
      </p>
      <div className={`mt-8 grid gap-8 ${tables.length > 1 ? "xl:grid-cols-2" : ""}`}>
        {tables.map((table) => {
          const proposals = room.proposals.filter((p) => p.tableId === table.id);
          const latest = proposals.find((p) => p.status === "signed") ?? proposals.at(-1);
          const outcome = room.outcomes[table.id];
          return (
            <section
              key={table.id}
              aria-label={`Table ${table.number}`}
              className="space-y-4 rounded-xl border-2 border-slate-200 p-6"
            >
              <div className="flex flex-wrap items-baseline justify-between gap-4">
                <h2 className="text-4xl font-bold">Table {table.number}</h2>
                <Countdown
                  phase={table.phase}
                  endsAt={table.endsAt}
                  pausedRemainingMs={table.pausedRemainingMs}
                  clockOffset={clockOffset}
                  label={`Table ${table.number}`}
                  size="large"
                />
              </div>
              {table.pausedRemainingMs !== null ? (
                <p className="font-semibold text-amber-800">Paused by {table.pausedBy ?? "the teacher"}</p>
              ) : null}
              {latest ? (
                <div className="space-y-2">
                  <p>
                    Version {latest.version} by {names[latest.delegation]}:{" "}
                    <strong className="tabular-nums">{latest.score.total}</strong>/100,{" "}
                    <span className={latest.score.verdict === "sign" ? "text-green-800" : "text-red-800"}>
                      {editorialView(latest.score.verdict).toLowerCase()}
                    </span>
                  </p>
                  <ScoreBar total={latest.score.total} baseline={latest.score.baseline} />
                  {latest.status === "open" ? (
                    <p className="text-slate-700">
                      Accepted by{" "}
                      {ids
                        .filter((d) => d === latest.delegation || latest.votes[d]?.accept)
                        .map((d) => names[d])
                        .join(", ")}
                    </p>
                  ) : null}
                </div>
              ) : (
                <p className="text-slate-600">No deal on the table yet.</p>
              )}
              {outcome ? (
                <p className={`font-semibold ${outcome.kind === "signed" ? "text-green-800" : "text-red-800"}`}>
                  {outcomeText(outcome, null, names)}
                </p>
              ) : null}
            </section>
          );
        })}
      </div>
    </main>
  );
}

/** The score on a 0–100 bar with walking away marked: who is above the line reads from the back of the room. */
function ScoreBar({ total, baseline }: { total: number; baseline: number }) {
  return (
    <div
      className="relative h-6 rounded bg-slate-200"
      role="img"
      aria-label={`${total} out of 100; walking away scores ${baseline}`}
    >
      <div
        className={`h-6 rounded ${total > baseline ? "bg-green-600" : "bg-red-600"}`}
        style={{ width: `${total}%` }}
      />
      <div className="absolute -top-1 h-8 w-1 bg-slate-900" style={{ left: `${baseline}%` }} title="walking away" />
    </div>
  );
}
