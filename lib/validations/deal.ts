import { z } from "zod";
import type { ScenarioDeal } from "../scenario/deal";
import { completeDealFor } from "../scenario/deal";
import type { Scenario, ScenarioTerm } from "../scenario/schema";

function optionSchema(term: ScenarioTerm) {
  const values = term.options.map((option) => option.value);
  const choices = `choose one of ${values.map(String).join(", ")}`;
  return z.literal(values, {
    error: (issue) =>
      issue.input === undefined
        ? `"${term.key}" is missing; ${choices}`
        : `"${term.key}" has no option ${JSON.stringify(issue.input)}; ${choices}${
            issue.input === "true" || issue.input === "false" ? " (true and false are written without quotes)" : ""
          }`,
  });
}

function termsObject<T extends z.ZodType>(scenario: Scenario, options: (term: ScenarioTerm) => T) {
  return z.strictObject(Object.fromEntries(scenario.terms.map((term) => [term.key, options(term)])), {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown ${issue.keys.length > 1 ? "terms" : "term"} ${issue.keys.map((key) => `"${key}"`).join(", ")}`
        : "a deal must be an object of terms and options",
  });
}

/** Every term required: a deal of this scenario as stored and scored. */
export const dealSchemaFor = (scenario: Scenario): z.ZodType<ScenarioDeal> => termsObject(scenario, optionSchema);

/** Any subset of terms, as a proposal form sends it; a missing term means its weakest option. */
export const dealInputSchemaFor = (scenario: Scenario): z.ZodType<Partial<ScenarioDeal>> =>
  termsObject(scenario, (term) => optionSchema(term).optional());

export type ParsedDealFor = { ok: true; deal: ScenarioDeal } | { ok: false; error: string };

export function parseDealFor(scenario: Scenario, input: unknown, schema = dealInputSchemaFor(scenario)): ParsedDealFor {
  const result = schema.safeParse(input);
  if (!result.success) return { ok: false, error: result.error.issues.map((issue) => issue.message).join("\n") };
  return { ok: true, deal: completeDealFor(scenario, result.data) };
}
