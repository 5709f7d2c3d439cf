import type { ClockAction } from "@/lib/domain/phases";
import type { RequestBody, RequestName } from "@/lib/realtime/events";

/** What the cockpit's controls can ask of the server; every answer's refusal is shown by the cockpit. */
export type CockpitActions = {
  pending: boolean;
  clock: (action: ClockAction, tableId?: string) => void;
  act: <N extends RequestName>(name: N, payload: RequestBody<N>) => void;
};
