"use client";

import { createContext, useContext } from "react";
import type { PublicScenario } from "@/lib/scenario/public";

const ScenarioContext = createContext<PublicScenario | null>(null);

/** The scenario's public part, handed down by a server page. */
export function ScenarioProvider({ scenario, children }: { scenario: PublicScenario; children: React.ReactNode }) {
  return <ScenarioContext.Provider value={scenario}>{children}</ScenarioContext.Provider>;
}

export function useScenario(): PublicScenario {
  const scenario = useContext(ScenarioContext);
  if (!scenario) throw new Error("useScenario needs a ScenarioProvider above it");
  return scenario;
}
