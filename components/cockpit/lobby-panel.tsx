"use client";

import type { Snapshot, TableState } from "@/lib/domain/events";
import type { Room } from "@/lib/domain/room";
import { RemovedStudents } from "@/components/teacher/removed-students";
import { TablesSetup } from "@/components/teacher/tables-setup";
import { WeightsForm } from "@/components/teacher/weights-form";
import { TableRoster } from "./table-roster";
import type { CockpitActions } from "./types";

type Props = {
  snapshot: Omit<Snapshot, "events">;
  joinUrl: string;
  tables: TableState[];
  room: Room;
  online: Set<string>;
  actions: CockpitActions;
};

/** Before the start: the code to share, the tables filling up, and the session's settings. */
export function LobbyPanel({ snapshot, joinUrl, tables, room, online, actions }: Props) {
  const students = room.members.filter((m) => !m.computer);
  const locked = room.joinLocked ?? snapshot.session.joinLocked;
  return (
    <div className="grid gap-4 lg:grid-cols-[22rem_minmax(0,1fr)]">
      <div className="space-y-3">
        <section aria-labelledby="share-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="share-heading" className="text-sm font-medium text-slate-600">
            Join code
          </h2>
          <p className="font-mono text-5xl font-bold tracking-widest" data-testid="join-code">
            {snapshot.session.joinCode}
          </p>
          <p className="text-slate-700">
            or open{" "}
            <a href={joinUrl} className="break-all text-blue-700 underline" data-testid="join-link">
              {joinUrl}
            </a>
          </p>
          <a
            href={`/teacher/sessions/${snapshot.session.id}/projector`}
            target="_blank"
            rel="noreferrer"
            className="inline-block font-medium text-blue-700 underline"
          >
            Open the projector screen
          </a>
          <label className="flex items-center gap-2 pt-1">
            <input
              type="checkbox"
              checked={locked}
              disabled={actions.pending}
              onChange={(e) => actions.act("session:lock", { locked: e.target.checked })}
              className="h-5 w-5"
            />
            Lock joining (no new students)
          </label>
        </section>
        <section aria-labelledby="setup-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="setup-heading" className="font-semibold">
            Tables
          </h2>
          <TablesSetup
            current={tables.length}
            students={students.length}
            disabled={actions.pending}
            onApply={(count) => actions.act("tables:set", { count })}
          />
          <RemovedStudents
            removed={room.removed}
            disabled={actions.pending}
            onReadmit={(participantId) => actions.act("student:readmit", { participantId })}
          />
        </section>
        <WeightsForm
          current={room.weights ?? snapshot.session.weights}
          disabled={actions.pending}
          onSave={(weights) => actions.act("session:weights", { weights })}
        />
      </div>
      <div className={`grid content-start gap-3 ${tables.length > 1 ? "xl:grid-cols-2" : ""}`}>
        {tables.map((table) => {
          const here = room.members.filter((m) => m.tableId === table.id);
          const count = here.filter((m) => !m.computer).length;
          return (
            <section
              key={table.id}
              aria-label={`Table ${table.number} (${count} ${count === 1 ? "student" : "students"})`}
              className="rounded-lg border border-slate-200 bg-white p-3"
            >
              <h2 className="font-semibold">
                Table {table.number}{" "}
                <span className="text-sm font-normal text-slate-600">
                  ({count} {count === 1 ? "student" : "students"})
                </span>
              </h2>
              <TableRoster
                table={table}
                members={here}
                removed={[]}
                online={online}
                tables={tables}
                actions={actions}
                className="mt-1"
              />
            </section>
          );
        })}
      </div>
    </div>
  );
}
