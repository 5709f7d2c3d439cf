"use client";

import Link from "next/link";
import { useState } from "react";
import type { Snapshot, TableState } from "@/lib/domain/events";
import type { Reply } from "@/lib/realtime/events";
import type { Room } from "@/lib/domain/room";
import { RunAgainButton } from "@/components/teacher/run-again-button";
import { TableClock } from "./table-clock";
import type { CockpitActions } from "./types";

type Props = {
  sessionId: string;
  snapshot: Omit<Snapshot, "events">;
  tables: TableState[];
  room: Room;
  online: Set<string>;
  actions: CockpitActions;
  error: string | null;
  status: React.ReactNode;
  onAnnounce: (text: string) => Promise<Reply<unknown>>;
};

const link = "text-sm font-medium text-blue-700 underline";

/** Session-wide controls, always in view: who is here, the clock for every table, announcements, and where to go next. */
export function SessionBar({ sessionId, snapshot, tables, room, online, actions, error, status, onAnnounce }: Props) {
  const [announcement, setAnnouncement] = useState("");
  const [announceError, setAnnounceError] = useState<string | null>(null);
  const students = room.members.filter((m) => !m.computer);
  const here = students.filter((m) => online.has(m.participantId)).length;
  const inLobby = tables.every((t) => t.phase === "lobby");
  const over = tables.every((t) => t.phase === "debrief");
  const joinLocked = room.joinLocked ?? snapshot.session.joinLocked;

  return (
    <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/95 backdrop-blur">
      <div className="mx-auto flex max-w-[90rem] flex-wrap items-center gap-x-4 gap-y-1 px-4 pt-2">
        <Link href="/teacher" className="font-bold tracking-tight">
          Summit
        </Link>
        <h1 className="min-w-0 truncate text-lg font-semibold">{snapshot.session.title}</h1>
        {snapshot.session.joinCode && !over ? (
          <span
            className="rounded bg-slate-100 px-2 py-0.5 font-mono text-sm font-bold tracking-widest"
            aria-label={`Join code ${snapshot.session.joinCode.split("").join(" ")}`}
          >
            {snapshot.session.joinCode}
          </span>
        ) : null}
        <span className="text-sm text-slate-700">
          <strong data-testid="student-count">{students.length}</strong>{" "}
          {students.length === 1 ? "student" : "students"} · {here} online
          {joinLocked ? " · joining locked" : ""}
        </span>
        {status}
        <nav aria-label="Session pages" className="ml-auto flex flex-wrap items-center gap-3">
          <a href={`/teacher/sessions/${sessionId}/projector`} target="_blank" rel="noreferrer" className={link}>
            Projector
          </a>
          <Link href={`/teacher/sessions/${sessionId}/debrief`} className={link}>
            Debrief
          </Link>
          <Link href={`/teacher/sessions/${sessionId}/transcript`} className={link}>
            Report
          </Link>
        </nav>
      </div>
      <div className="mx-auto flex max-w-[90rem] flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
        {inLobby ? (
          <button
            type="button"
            onClick={() => actions.clock("start")}
            disabled={actions.pending || students.length === 0}
            className="min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white disabled:bg-slate-400"
          >
            Start the session
          </button>
        ) : (
          <div className="flex flex-wrap items-center gap-2">
            <span className="text-sm font-semibold">All tables:</span>
            <TableClock
              tables={tables}
              durations={snapshot.session.phaseDurations}
              outcomes={room.outcomes}
              actions={actions}
              scope="all tables"
            />
          </div>
        )}
        {over ? <RunAgainButton sessionId={sessionId} /> : null}
        {!inLobby ? (
          <form
            className="flex min-w-64 flex-1 items-center gap-2"
            onSubmit={async (e) => {
              e.preventDefault();
              const text = announcement.trim();
              if (!text) return setAnnounceError("Type an announcement first.");
              const reply = await onAnnounce(text);
              setAnnounceError("error" in reply ? reply.error : null);
              if (!("error" in reply)) setAnnouncement("");
            }}
          >
            <label htmlFor="announcement" className="sr-only">
              Announcement to every table
            </label>
            <input
              id="announcement"
              value={announcement}
              onChange={(e) => setAnnouncement(e.target.value)}
              maxLength={2000}
              placeholder="Announce to every table…"
              className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-1.5"
            />
            <button
              type="submit"
              className="min-h-9 rounded-md border border-slate-300 bg-white px-3 text-sm font-semibold"
            >
              Announce
            </button>
          </form>
        ) : null}
      </div>
      {error || announceError ? (
        <p role="alert" className="mx-auto max-w-[90rem] px-4 pb-2 text-red-700">
          {error ?? announceError}
        </p>
      ) : null}
    </header>
  );
}
