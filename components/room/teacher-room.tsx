"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { useRoom } from "@/lib/realtime/client";
import { deriveRoom } from "@/lib/session/room";
import { FloorChat } from "@/components/chat/floor-chat";
import { ProposalCard } from "@/components/deal/proposal-card";
import { Countdown } from "@/components/timer/countdown";
import { Button } from "@/components/ui/button";
import { ConnectionStatus } from "./connection-status";
import { Outcome } from "./outcome";
import { Roster } from "./roster";

export function TeacherRoom({ sessionId, joinUrl }: { sessionId: string; joinUrl: string }) {
  const { snapshot, events, tables, connected, fatal, clockOffset, send } = useRoom({ as: "teacher", sessionId });
  const room = useMemo(() => deriveRoom(events), [events]);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  if (fatal) return <p role="alert" className="rounded-md bg-red-50 p-4 text-red-800">{fatal}</p>;
  if (!snapshot) return <p role="status">Connecting…</p>;

  const phase = tables[0]?.phase ?? "lobby";
  const act = async (action: "start" | "end") => {
    setPending(true);
    const reply = await send("clock:control", { action });
    setError("error" in reply ? reply.error : null);
    setPending(false);
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{snapshot.session.title}</h1>
        <ConnectionStatus connected={connected} />
      </div>
      <section aria-labelledby="share-heading" className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2">
        <div>
          <h2 id="share-heading" className="text-sm font-medium text-slate-600">Join code</h2>
          <p className="font-mono text-5xl font-bold tracking-widest" data-testid="join-code">{snapshot.session.joinCode}</p>
          <p className="mt-2 text-slate-700">
            or open <a href={joinUrl} className="break-all text-blue-700 underline" data-testid="join-link">{joinUrl}</a>
          </p>
        </div>
        <div className="flex flex-col justify-between gap-3">
          <p className="text-lg" aria-live="polite">
            <strong data-testid="student-count">{room.members.length}</strong> {room.members.length === 1 ? "student has" : "students have"} joined
          </p>
          {tables.map((table) => (
            <Countdown key={table.id} phase={table.phase} endsAt={table.endsAt} clockOffset={clockOffset} />
          ))}
          <div className="flex flex-wrap gap-2">
            {phase === "lobby" ? (
              <Button onClick={() => void act("start")} disabled={pending || room.members.length === 0}>
                Start the negotiation
              </Button>
            ) : null}
            {phase !== "lobby" && phase !== "debrief" ? (
              <Button variant="danger" onClick={() => void act("end")} disabled={pending}>
                End the round now
              </Button>
            ) : null}
            <Link href={`/teacher/sessions/${sessionId}/transcript`} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-4 font-semibold">
              Transcript
            </Link>
          </div>
          {error ? <p role="alert" className="text-red-700">{error}</p> : null}
        </div>
      </section>
      {phase === "debrief" ? <Outcome signed={room.proposals.find((p) => p.status === "signed")} /> : null}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <section aria-labelledby="deals-heading" className="min-w-0 space-y-4">
          <h2 id="deals-heading" className="text-xl font-semibold">Deals</h2>
          {room.proposals.length === 0 ? <p className="text-slate-600">No deal has been proposed yet.</p> : null}
          {[...room.proposals].reverse().map((proposal) => (
            <ProposalCard key={proposal.proposalId} proposal={proposal} />
          ))}
        </section>
        <div className="min-w-0 space-y-4">
          <Roster members={room.members} />
          <FloorChat messages={room.messages} closedReason="Teachers read the floor here." />
        </div>
      </div>
    </div>
  );
}
