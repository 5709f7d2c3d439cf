"use client";

import { useRoles } from "@/components/scenario/scenario-context";

import { useState } from "react";
import type { Delegation, TableState } from "@/lib/domain/events";
import type { Member } from "@/lib/domain/room";
import { ConfirmButton } from "@/components/ui/confirm-button";

export type StudentAction =
  | { name: "seat:move"; payload: { participantId: string; tableId: string; delegation: Delegation } }
  | { name: "student:rename"; payload: { participantId: string; name: string } }
  | { name: "student:mute"; payload: { participantId: string; minutes: number } }
  | { name: "student:kick"; payload: { participantId: string } };

const small = "min-h-9 rounded border border-slate-300 bg-white px-2 text-sm hover:bg-slate-100";

/** One student with the teacher's controls: online or not, move, rename, mute, remove. The computer is labelled as such. */
export function StudentRow({
  member,
  online,
  tables,
  onAction,
}: {
  member: Member;
  online: boolean;
  tables: TableState[];
  onAction: (action: StudentAction) => void;
}) {
  const { ids, names } = useRoles();
  const [name, setName] = useState(member.name);
  const muted = member.mutedUntil !== null && new Date(member.mutedUntil) > new Date();
  const id = member.participantId;
  return (
    <li className="flex flex-wrap items-center gap-2 py-1" data-testid={`student-${member.name}`}>
      <span className="inline-flex min-w-24 items-center gap-1.5 font-medium">
        <span aria-hidden="true" className={`h-2 w-2 rounded-full ${online ? "bg-green-600" : "bg-slate-300"}`} />
        {member.name}
        <span className="sr-only">{member.computer ? "" : online ? " (online)" : " (offline)"}</span>
        {muted ? <span className="text-xs text-amber-800">(muted)</span> : null}
      </span>
      {member.computer ? null : (
        <>
          <label className="sr-only" htmlFor={`seat-${id}`}>
            Seat for {member.name}
          </label>
          <select
            id={`seat-${id}`}
            value={`${member.tableId}|${member.delegation}`}
            onChange={(e) => {
              const [tableId, delegation] = e.target.value.split("|") as [string, Delegation];
              onAction({ name: "seat:move", payload: { participantId: id, tableId, delegation } });
            }}
            className="rounded border border-slate-300 bg-white px-1 py-1 text-sm"
          >
            {tables.flatMap((t) =>
              ids.map((d) => (
                <option key={`${t.id}|${d}`} value={`${t.id}|${d}`}>
                  Table {t.number} · {names[d]}
                </option>
              )),
            )}
          </select>
        </>
      )}
      <details className="text-sm">
        <summary className="cursor-pointer text-blue-700">
          More<span className="sr-only"> for {member.name}</span>
        </summary>
        <div className="mt-1 flex flex-wrap items-center gap-2">
          {member.computer ? null : (
            <>
              <label className="sr-only" htmlFor={`name-${id}`}>
                New name for {member.name}
              </label>
              <input
                id={`name-${id}`}
                value={name}
                onChange={(e) => setName(e.target.value)}
                maxLength={40}
                className="w-32 rounded border border-slate-300 px-2 py-1"
              />
              <button
                type="button"
                className={small}
                onClick={() => onAction({ name: "student:rename", payload: { participantId: id, name } })}
              >
                Rename
              </button>
              <button
                type="button"
                className={small}
                onClick={() =>
                  onAction({ name: "student:mute", payload: { participantId: id, minutes: muted ? 0 : 5 } })
                }
              >
                {muted ? "Unmute" : "Mute 5 min"}
              </button>
            </>
          )}
          <ConfirmButton
            label="Remove"
            srSuffix={member.name}
            className={`${small} text-red-800`}
            question={`Remove ${member.name} from the session?`}
            detail={
              member.computer
                ? "The computer stops playing this delegation."
                : "Their screen closes and their seat is freed. They cannot join again until you let them back in."
            }
            confirmLabel={`Remove ${member.name}`}
            onConfirm={() => onAction({ name: "student:kick", payload: { participantId: id } })}
          />
        </div>
      </details>
    </li>
  );
}
