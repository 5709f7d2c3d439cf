"use client";

import { useMemo } from "react";
import { useRoom } from "@/lib/realtime/client";
import { deriveRoom } from "@/lib/session/room";

type Props = { sessionId: string; title: string; code: string | null; joinUrl: string; qr: string; ended: boolean };

/** For the classroom's screen: the code in letters a room can read, a QR code, and who has joined. */
export function ProjectorView({ sessionId, title, code, joinUrl, qr, ended }: Props) {
  const { events } = useRoom({ as: "teacher", sessionId }, `summit-outbox:projector:${sessionId}`);
  const count = useMemo(() => deriveRoom(events).members.length, [events]);
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-6 bg-white p-6 text-center">
      <h1 className="text-3xl font-bold">{title}</h1>
      {ended ? (
        <p className="text-2xl">This session has ended.</p>
      ) : (
        <>
          <p className="text-xl text-slate-700">Join at <strong>{joinUrl.replace(/\/join\/.*$/, "/join")}</strong> with the code</p>
          <p className="font-mono text-7xl font-bold tracking-[0.3em] sm:text-9xl" data-testid="projector-code" aria-label={`Code ${code?.split("").join(" ")}`}>{code}</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a generated data URL, nothing to optimise */}
          <img src={qr} alt={`QR code for ${joinUrl}`} width={280} height={280} className="h-64 w-64 sm:h-80 sm:w-80" />
          <p className="text-3xl" aria-live="polite"><strong data-testid="projector-count">{count}</strong> joined</p>
        </>
      )}
    </main>
  );
}
