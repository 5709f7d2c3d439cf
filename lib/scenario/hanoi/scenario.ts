// The built-in Hanoi scenario, loaded once from its data file. The app's code is written against
// its vocabulary (HANOI-2019.md's contract), so that vocabulary is also spelled out here as types
// and checked against the file when it loads: a file that drifts from it fails at import.
import data from "../hanoi-2019.json" with { type: "json" };
import { loadScenario } from "../load";
import type { Scenario } from "../schema";

export const HANOI_VOCABULARY = {
  yongbyon: ["none", "freeze", "dismantle"],
  otherSites: ["none", "declare", "freeze", "dismantle"],
  arsenal: ["none", "declare", "cap", "dismantle"],
  missiles: ["none", "test_moratorium", "icbm_dismantle", "all_dismantle"],
  verification: ["none", "self_report", "iaea", "intrusive"],
  sanctionsRelief: ["none", "humanitarian", "partial", "full"],
  reliefTiming: ["upfront", "phased"],
  snapback: [false, true],
  peace: ["none", "end_of_war_declaration", "peace_treaty"],
  securityAssurances: ["none", "non_aggression", "exercise_reduction"],
  diplomacy: ["none", "liaison_offices", "normalization"],
  chinaRole: ["none", "endorse", "enforce_sanctions", "guarantor"],
  framework: ["bilateral", "trilateral", "multilateral"],
  economicPath: ["none", "humanitarian_aid", "development", "trade_integration"],
  followUp: ["none", "working_groups", "next_summit"],
} as const;

export const HANOI_CRITERION_IDS = [
  "reciprocity",
  "scope",
  "balance",
  "verification",
  "peace",
  "multilateral",
  "realism",
  "dialogue",
] as const;
export const HANOI_ROLE_IDS = ["US", "DPRK", "CHINA"] as const;

function pin(scenario: Scenario): Scenario {
  const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const vocabulary = scenario.terms.map((t) => [t.key, ...t.options.map((o) => o.value)]);
  const expected = Object.entries(HANOI_VOCABULARY).map(([key, values]) => [key, ...values]);
  const problems = [
    same(vocabulary.flat(), expected.flat()) &&
    same(
      vocabulary.map((v) => v.length),
      expected.map((v) => v.length),
    )
      ? null
      : "terms and options",
    same(
      scenario.criteria.map((c) => c.id),
      HANOI_CRITERION_IDS,
    )
      ? null
      : "criteria",
    same(
      scenario.roles.map((r) => r.id),
      HANOI_ROLE_IDS,
    )
      ? null
      : "roles",
  ].filter((problem) => problem !== null);
  if (problems.length > 0)
    throw new Error(`hanoi-2019.json no longer matches the app's Hanoi vocabulary: ${problems.join(", ")}`);
  return scenario;
}

export const HANOI: Scenario = pin(loadScenario(data, { source: "hanoi-2019.json" }));
