// Deals of any scenario: one option per term, a missing term meaning its weakest option.
import type { OptionValue, Scenario } from "./schema";

export type ScenarioDeal = Readonly<Record<string, OptionValue>>;

export function weakestDealOf(scenario: Pick<Scenario, "terms">): Record<string, OptionValue> {
  return Object.fromEntries(scenario.terms.map((term) => [term.key, term.options[0]?.value ?? false]));
}

/** Fills the terms a partial deal leaves out; keys that are not terms are dropped. */
export function completeDealFor(
  scenario: Scenario,
  partial: Readonly<Record<string, OptionValue | undefined>>,
): Record<string, OptionValue> {
  const deal = weakestDealOf(scenario);
  for (const term of scenario.terms) {
    const value = partial[term.key];
    if (value !== undefined) deal[term.key] = value;
  }
  return deal;
}

export function exampleDealOf(scenario: Scenario, id: string): Record<string, OptionValue> {
  const example = scenario.examples[id];
  if (!example) throw new Error(`scenario "${scenario.id}" has no example deal "${id}"`);
  return completeDealFor(scenario, example.terms);
}
