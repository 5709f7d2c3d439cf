"use client";

import { useRoles } from "@/components/scenario/scenario-context";

import type { TableState } from "@/lib/domain/events";
import type { Member } from "@/lib/domain/room";
import { RemovedStudents } from "@/components/teacher/removed-students";
import { StudentRow, type StudentAction } from "@/components/teacher/student-row";
import type { CockpitActions } from "./types";

type Props = {
  table: { id: string; number: number };
  members: Member[];
  removed: Member[];
  online: Set<string>;
  tables: TableState[];
  actions: CockpitActions;
  className?: string;
};

/**
 * A table's students by delegation with the teacher's controls, the computer offered for an empty
 * delegation, and the students removed from it, who can be let back in.
 */
export function TableRoster({ table, members, removed, online, tables, actions, className = "" }: Props) {
  const { ids, names } = useRoles();
  return (
    <ul className={`divide-y divide-slate-100 ${className}`}>
      {ids.map((d) => (
        <li key={d} className="py-1.5">
          <h3 className="text-sm font-semibold">{names[d]}</h3>
          <ul>
            {members
              .filter((m) => m.delegation === d)
              .map((m) => (
                <StudentRow
                  key={m.participantId}
                  member={m}
                  online={m.computer || online.has(m.participantId)}
                  tables={tables}
                  onAction={(a: StudentAction) => actions.act(a.name, a.payload)}
                />
              ))}
          </ul>
          {members.some((m) => m.delegation === d) ? null : (
            <button
              type="button"
              disabled={actions.pending}
              onClick={() => actions.act("bot:add", { tableId: table.id, delegation: d })}
              className="mt-1 min-h-9 rounded border border-slate-300 px-2 text-sm"
            >
              Let the computer play {names[d]} at table {table.number}
            </button>
          )}
        </li>
      ))}
      {removed.length > 0 ? (
        <li>
          <RemovedStudents
            removed={removed}
            disabled={actions.pending}
            onReadmit={(participantId) => actions.act("student:readmit", { participantId })}
          />
        </li>
      ) : null}
    </ul>
  );
}
