// Applies a scenario's compiled rules to one deal: measures, then each criterion's score and the
// first explanation whose condition holds, its placeholders filled from the deal.
import type { ScenarioDeal } from "@/lib/scenario/deal";
import { evaluate, type Expr, type Scope } from "@/lib/scenario/expression";
import type { Scenario } from "@/lib/scenario/schema";
import { joinList, renderTemplate, type Template } from "@/lib/scenario/template";

export type Judgement = { score: number; explanation: string };

const clampScore = (fraction: number) => Math.round(Math.min(1, Math.max(0, fraction)) * 100);

function scopeOf(scenario: Scenario, deal: ScenarioDeal): Scope {
  const { options, measures } = scenario.program;
  const values = new Map<string, number>();
  for (const term of scenario.terms) {
    const option = options[term.key]?.[String(deal[term.key])];
    if (!option) throw new Error(`"${term.key}" has no option ${JSON.stringify(deal[term.key])}`);
    values.set(term.key, option.strength);
  }
  const scope: Scope = {
    value: (name) => {
      const value = values.get(name);
      if (value === undefined) throw new Error(`unknown name "${name}"`);
      return value;
    },
    chosen: (term, option) => String(deal[term]) === option,
  };
  for (const measure of measures) values.set(measure.name, evaluate(measure.expr, scope));
  return scope;
}

function writer(scenario: Scenario, deal: ScenarioDeal, scope: Scope) {
  const { phrases, options } = scenario.program;
  const holds = (when: Expr | null) => when === null || evaluate(when, scope) !== 0;
  const write = (template: Template): string => renderTemplate(template, resolve);
  function resolve(name: string): string {
    const phrase = phrases[name];
    if (!phrase) return options[name]?.[String(deal[name])]?.label ?? "";
    if (phrase.kind === "options") {
      const text = phrase.options[String(deal[phrase.term])];
      return text ? write(text) : "";
    }
    if (phrase.kind === "cases") {
      const match = phrase.cases.find((c) => holds(c.when));
      return match ? write(match.text) : "";
    }
    const items = phrase.items
      .filter((item) => holds(item.when))
      .map((item) => write(item.text))
      .filter((item) => item !== "");
    return items.length > 0 ? joinList(items, phrase.conjunction) : phrase.empty;
  }
  return { holds, write };
}

/** One judgement per criterion, in the scenario's order. Throws if a term has no valid option. */
export function judgeDeal(scenario: Scenario, deal: ScenarioDeal): Judgement[] {
  const scope = scopeOf(scenario, deal);
  const { holds, write } = writer(scenario, deal, scope);
  return scenario.program.criteria.map((rule) => {
    const explanation = rule.explanations.find((c) => holds(c.when));
    return { score: clampScore(evaluate(rule.score, scope)), explanation: explanation ? write(explanation.text) : "" };
  });
}
