"use client";

import { useRoles } from "@/components/scenario/scenario-context";
import type { Member } from "@/lib/domain/room";
import { DelegationBadge } from "./delegation-badge";

export function Roster({ members, highlight }: { members: Member[]; highlight?: string }) {
  const { ids } = useRoles();
  return (
    <section aria-labelledby="roster-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="roster-heading" className="text-lg font-semibold">
        At the table <span className="text-sm font-normal text-slate-600">({members.length})</span>
      </h2>
      <ul className="mt-2 space-y-2">
        {ids.map((delegation) => (
          <li key={delegation}>
            <DelegationBadge delegation={delegation} />
            <span className="ml-2 text-slate-800">
              {members
                .filter((m) => m.delegation === delegation)
                .map((m) => (m.participantId === highlight ? `${m.name} (you)` : m.name))
                .join(", ") || "nobody yet"}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
