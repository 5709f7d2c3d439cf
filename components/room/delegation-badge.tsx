import type { Delegation } from "@/lib/domain/events";
import { DELEGATION_NAMES } from "@/lib/domain/names";

export { DELEGATION_NAMES };
const COLORS: Record<Delegation, string> = { US: "bg-us", DPRK: "bg-dprk", CHINA: "bg-china" };

export function DelegationBadge({ delegation }: { delegation: Delegation }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-bold text-white ${COLORS[delegation]}`}>
      {DELEGATION_NAMES[delegation]}
    </span>
  );
}
