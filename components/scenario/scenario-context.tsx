"use client";

import { createContext, useContext, useEffect, useState } from "react";
import type { Delegation } from "@/lib/domain/events";
import { roleIds, roleNames } from "@/lib/domain/names";
import type { PublicScenario, ScenarioSummary } from "@/lib/scenario/public";

const SummaryContext = createContext<ScenarioSummary | null>(null);
const ScoringContext = createContext<PublicScenario | null>(null);

/**
 * The scenario, handed down by a server page: its summary always, and its scoring rules when the
 * page has them at hand (teachers' pages). A student's table leaves them out to load fast.
 */
export function ScenarioProvider({
  scenario,
  scoring = null,
  children,
}: {
  scenario: ScenarioSummary;
  scoring?: PublicScenario | null;
  children: React.ReactNode;
}) {
  return (
    <SummaryContext.Provider value={scenario}>
      <ScoringContext.Provider value={scoring}>{children}</ScoringContext.Provider>
    </SummaryContext.Provider>
  );
}

export function useScenario(): ScenarioSummary {
  const scenario = useContext(SummaryContext);
  if (!scenario) throw new Error("useScenario needs a ScenarioProvider above it");
  return scenario;
}

const loading = new Map<string, Promise<PublicScenario>>();

function load(id: string): Promise<PublicScenario> {
  let promise = loading.get(id);
  if (!promise) {
    promise = fetch(`/api/scenarios/${encodeURIComponent(id)}`).then((response) => {
      if (!response.ok) throw new Error(`the scenario's rules did not load (${response.status})`);
      return response.json() as Promise<PublicScenario>;
    });
    promise.catch(() => loading.delete(id)); // a failed load is tried again next time
    loading.set(id, promise);
  }
  return promise;
}

/** The scenario with its rules, to score deals in the browser: at once if the page has it, else fetched once. Null while loading. */
export function useScoringScenario(): PublicScenario | null {
  const summary = useScenario();
  const given = useContext(ScoringContext);
  const [fetched, setFetched] = useState<PublicScenario | null>(null);
  useEffect(() => {
    if (given) return;
    let live = true;
    load(summary.id).then(
      (scenario) => live && setFetched(scenario),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [given, summary.id]);
  return given ?? (fetched?.id === summary.id ? fetched : null);
}

/** The scenario's delegations: ids in the scenario's order, and each one's name. */
export function useRoles(): { ids: Delegation[]; names: Record<Delegation, string> } {
  const { roles } = useScenario();
  return { ids: roleIds(roles), names: roleNames(roles) };
}
