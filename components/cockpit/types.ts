import type { ClockAction } from "@/lib/domain/phases";
import type { RequestName } from "@/lib/realtime/client";

/** What the cockpit's controls can ask of the server; every answer's refusal is shown by the cockpit. */
export type CockpitActions = {
  pending: boolean;
  clock: (action: ClockAction, tableId?: string) => void;
  act: (name: RequestName, payload: Record<string, unknown>) => void;
};
