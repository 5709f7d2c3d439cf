// What the browser may hold of a scenario: everything but the private briefs and payoff tables.
// Client components get it as a prop from a server page and never import the scenario file, so
// no delegation's brief can reach another's browser inside the JavaScript.
import { completeDealFor, exampleDealOf, weakestDealOf } from "./deal";
// Type-only imports: erased from the bundle, so the scenario file is not loaded with them.
import type { CRITERIA } from "./hanoi/criteria";
import type { Deal, DealInput, TERMS } from "./hanoi/terms";
import type { Scenario } from "./schema";

export type PublicScenario = Scenario;

/** Server side only: strip the private parts before handing a scenario to the browser. */
export function publicView(scenario: Scenario): PublicScenario {
  return { ...scenario, briefs: {}, payoffs: {} };
}

// The app's components are written against the Hanoi vocabulary's types.
export const termsOf = (scenario: PublicScenario) => scenario.terms as unknown as typeof TERMS;
export const criteriaOf = (scenario: PublicScenario) => scenario.criteria as unknown as typeof CRITERIA;
export const weakestOf = (scenario: PublicScenario) => weakestDealOf(scenario) as Deal;
export const exampleOf = (scenario: PublicScenario, id: string) => exampleDealOf(scenario, id) as Deal;
export const completeOf = (scenario: PublicScenario, partial: DealInput) => completeDealFor(scenario, partial) as Deal;
export const defaultWeightsOf = (scenario: PublicScenario) => Object.fromEntries(scenario.criteria.map((c) => [c.id, c.defaultWeight]));
