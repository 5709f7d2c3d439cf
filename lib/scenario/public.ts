// What the browser may hold of a scenario. Client components get it as a prop from a server page
// and never import the scenario file, so no delegation's brief can reach another's browser.
// Three sizes: the head a student's table opens with (its names), the summary every other screen
// draws from (roles, reading, terms, criteria), and the public scenario with its compiled rules,
// which the deal builder and the debrief score with.
import type { Scenario, ScenarioCriterion } from "./schema";

/** Everything but the private briefs and payoff tables: enough to score a deal. */
export type PublicScenario = Scenario;

/** What every screen draws from; nothing to score with. */
export type ScenarioSummary = Pick<Scenario, "id" | "title" | "walkAwayQuote" | "roles" | "reading" | "terms"> & {
  criteria: Pick<ScenarioCriterion, "id" | "title" | "description" | "defaultWeight" | "quote" | "noDeal">[];
};

/** What a student's table draws its first page from: the names, not the terms or criteria. */
export type ScenarioHead = Pick<Scenario, "id" | "title" | "roles">;

/** Server side only: strip the private parts before handing a scenario to the browser. */
export function publicView(scenario: Scenario): PublicScenario {
  return { ...scenario, briefs: {}, payoffs: {} };
}

/** Server side only: the summary a page renders with. */
export function summaryOf(scenario: Scenario): ScenarioSummary {
  const { id, title, walkAwayQuote, roles, reading, terms } = scenario;
  return {
    id,
    title,
    ...(walkAwayQuote ? { walkAwayQuote } : {}),
    roles,
    reading,
    terms,
    criteria: scenario.criteria.map(({ id, title, description, defaultWeight, quote, noDeal }) => ({
      id,
      title,
      description,
      defaultWeight,
      quote,
      noDeal,
    })),
  };
}

/** Server side only: the head a student's table starts with; the panels behind its tabs load the rest. */
export function headOf({ id, title, roles }: Scenario): ScenarioHead {
  return { id, title, roles };
}

export const defaultWeightsOf = (scenario: Pick<ScenarioSummary, "criteria">) =>
  Object.fromEntries(scenario.criteria.map((c) => [c.id, c.defaultWeight]));
