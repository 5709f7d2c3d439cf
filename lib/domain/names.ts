import type { Delegation } from "@/lib/domain/events";

export const DELEGATION_NAMES: Record<Delegation, string> = { US: "United States", DPRK: "DPRK", CHINA: "China" };
