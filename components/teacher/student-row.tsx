"use client";

import { useState } from "react";
import { DELEGATIONS, type Delegation, type TableState } from "@/lib/realtime/events";
import type { Member } from "@/lib/session/room";
import { DELEGATION_NAMES } from "@/components/room/delegation-badge";

export type StudentAction =
  | { name: "seat:move"; payload: { participantId: string; tableId: string; delegation: Delegation } }
  | { name: "student:rename"; payload: { participantId: string; name: string } }
  | { name: "student:mute"; payload: { participantId: string; minutes: number } }
  | { name: "student:kick"; payload: { participantId: string } };

const small = "min-h-9 rounded border border-slate-300 bg-white px-2 text-sm hover:bg-slate-100";

/** One student with the teacher's controls: move, rename, mute, remove. */
export function StudentRow({ member, tables, onAction }: { member: Member; tables: TableState[]; onAction: (action: StudentAction) => void }) {
  const [name, setName] = useState(member.name);
  const muted = member.mutedUntil !== null && new Date(member.mutedUntil) > new Date();
  const id = member.participantId;
  return (
    <li className="flex flex-wrap items-center gap-2 py-1" data-testid={`student-${member.name}`}>
      <span className="min-w-24 font-medium">{member.name}{muted ? <span className="ml-1 text-xs text-amber-800">(muted)</span> : null}</span>
      <label className="sr-only" htmlFor={`seat-${id}`}>Seat for {member.name}</label>
      <select
        id={`seat-${id}`}
        value={`${member.tableId}|${member.delegation}`}
        onChange={(e) => {
          const [tableId, delegation] = e.target.value.split("|") as [string, Delegation];
          onAction({ name: "seat:move", payload: { participantId: id, tableId, delegation } });
        }}
        className="rounded border border-slate-300 bg-white px-1 py-1 text-sm"
      >
        {tables.flatMap((t) => DELEGATIONS.map((d) => <option key={`${t.id}|${d}`} value={`${t.id}|${d}`}>Table {t.number} · {DELEGATION_NAMES[d]}</option>))}
      </select>
      <details className="text-sm">
        <summary className="cursor-pointer text-blue-700">More<span className="sr-only"> for {member.name}</span></summary>
        <div className="mt-1 flex flex-wrap items-center gap-2">
          <label className="sr-only" htmlFor={`name-${id}`}>New name for {member.name}</label>
          <input id={`name-${id}`} value={name} onChange={(e) => setName(e.target.value)} maxLength={40} className="w-32 rounded border border-slate-300 px-2 py-1" />
          <button type="button" className={small} onClick={() => onAction({ name: "student:rename", payload: { participantId: id, name } })}>Rename</button>
          <button type="button" className={small} onClick={() => onAction({ name: "student:mute", payload: { participantId: id, minutes: muted ? 0 : 5 } })}>{muted ? "Unmute" : "Mute 5 min"}</button>
          <button type="button" className={`${small} text-red-800`} onClick={() => window.confirm(`Remove ${member.name} from the session?`) && onAction({ name: "student:kick", payload: { participantId: id } })}>Remove</button>
        </div>
      </details>
    </li>
  );
}
