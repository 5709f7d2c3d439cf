// What a delegation reads in private: its brief and its payoff table, from the scenario.
import type { Scenario } from "@/lib/scenario/schema";
import type { Delegation, PrivateBrief } from "./events";

/** A delegation's brief and payoff table, every term present so a table reads without gaps. */
export function privateOf(scenario: Scenario, delegation: Delegation): PrivateBrief {
  const { goals, limits, tactics } = scenario.briefs[delegation] ?? { goals: [], limits: [], tactics: [] };
  const table = scenario.payoffs[delegation] ?? {};
  return {
    brief: { role: delegation, goals, limits, tactics },
    payoffs: Object.fromEntries(scenario.terms.map((term) => [term.key, table[term.key] ?? {}])),
  };
}

/** Every delegation's payoff table, by id: what the debrief reveals. */
export function allPayoffsOf(scenario: Scenario): Record<Delegation, PrivateBrief["payoffs"]> {
  return Object.fromEntries(scenario.roles.map((role) => [role.id, privateOf(scenario, role.id).payoffs]));
}
