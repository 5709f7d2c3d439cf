"use client";

import { useRoles } from "@/components/scenario/scenario-context";
import type { Delegation } from "@/lib/domain/events";

// Written out whole so Tailwind finds every class; a delegation's colour is its place in the roles.
const COLORS = ["bg-role-1", "bg-role-2", "bg-role-3", "bg-role-4", "bg-role-5"];

export function DelegationBadge({ delegation }: { delegation: Delegation }) {
  const { ids, names } = useRoles();
  const color = COLORS[ids.indexOf(delegation)] ?? "bg-slate-600";
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-bold text-white ${color}`}>
      {names[delegation] ?? delegation}
    </span>
  );
}
