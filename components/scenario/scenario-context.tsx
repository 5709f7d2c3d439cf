"use client";

import { createContext, use, useContext, useEffect, useState } from "react";
import type { Delegation } from "@/lib/domain/events";
import { roleIds, roleNames } from "@/lib/domain/names";
import type { PublicScenario, ScenarioHead, ScenarioSummary } from "@/lib/scenario/public";

const SummaryContext = createContext<ScenarioHead | ScenarioSummary | null>(null);
const ScoringContext = createContext<PublicScenario | null>(null);

/**
 * The scenario, handed down by a server page: its summary, or only its head on a student's table
 * (the panels behind the tabs load the rest), and its scoring rules when the page has them at hand
 * (teachers' pages).
 */
export function ScenarioProvider({
  scenario,
  scoring = null,
  children,
}: {
  scenario: ScenarioHead | ScenarioSummary;
  scoring?: PublicScenario | null;
  children: React.ReactNode;
}) {
  return (
    <SummaryContext.Provider value={scenario}>
      <ScoringContext.Provider value={scoring}>{children}</ScoringContext.Provider>
    </SummaryContext.Provider>
  );
}

function useHead(): ScenarioHead | ScenarioSummary {
  const scenario = useContext(SummaryContext);
  if (!scenario) throw new Error("useScenario needs a ScenarioProvider above it");
  return scenario;
}

/** The scenario's summary. Where the page gave only its head, this suspends until it has loaded. */
export function useScenario(): ScenarioSummary {
  const scenario = useHead();
  if ("terms" in scenario) return scenario;
  if (typeof window === "undefined") throw new Error("With only the scenario's head, draw this in the browser");
  return loaded.get(scenario.id) ?? use(loadScenario(scenario.id));
}

const loading = new Map<string, Promise<PublicScenario>>();
const loaded = new Map<string, PublicScenario>();

/**
 * The scenario with its rules, fetched once per page. A failed fetch is tried again, later each
 * time, until it arrives: a phone that lost its network shows "Loading…" until it is back.
 */
function loadScenario(id: string): Promise<PublicScenario> {
  let promise = loading.get(id);
  if (!promise) {
    promise = fetchUntilLoaded(id).then((scenario) => {
      loaded.set(id, scenario);
      return scenario;
    });
    loading.set(id, promise);
  }
  return promise;
}

async function fetchUntilLoaded(id: string): Promise<PublicScenario> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(`/api/scenarios/${encodeURIComponent(id)}`);
      if (response.ok) return (await response.json()) as PublicScenario;
    } catch {
      // offline: wait and try again
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** attempt, 15_000)));
  }
}

/** Loads the summary once `ready` (on a student's table, once connected), so a tab opens without waiting for it. */
export function usePreloadScenario(ready: boolean) {
  const { id } = useHead();
  useEffect(() => {
    if (ready) void loadScenario(id);
  }, [ready, id]);
}

/** The scenario with its rules, to score deals in the browser: at once if the page has it, else fetched once. Null while loading. */
export function useScoringScenario(): PublicScenario | null {
  const { id } = useHead();
  const given = useContext(ScoringContext);
  const [fetched, setFetched] = useState<PublicScenario | null>(() => (given ? null : (loaded.get(id) ?? null)));
  useEffect(() => {
    if (given) return;
    let live = true;
    loadScenario(id).then((scenario) => live && setFetched(scenario));
    return () => {
      live = false;
    };
  }, [given, id]);
  return given ?? (fetched?.id === id ? fetched : null);
}

/** The scenario's delegations: ids in the scenario's order, and each one's name. */
export function useRoles(): { ids: Delegation[]; names: Record<Delegation, string> } {
  const { roles } = useHead();
  return { ids: roleIds(roles), names: roleNames(roles) };
}
