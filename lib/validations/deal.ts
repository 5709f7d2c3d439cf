import { z } from "zod";
import { TERMS, completeDeal, type Deal, type DealInput } from "../scenario/hanoi/terms";

function optionSchema(term: (typeof TERMS)[number]) {
  const values = term.options.map((option) => option.value);
  const choices = `choose one of ${values.map(String).join(", ")}`;
  return z.literal(values, {
    error: (issue) =>
      issue.input === undefined
        ? `"${term.key}" is missing; ${choices}`
        : `"${term.key}" has no option ${JSON.stringify(issue.input)}; ${choices}`,
  });
}

function termsObject<T extends z.ZodType>(options: (term: (typeof TERMS)[number]) => T) {
  return z.strictObject(Object.fromEntries(TERMS.map((term) => [term.key, options(term)])), {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown ${issue.keys.length > 1 ? "terms" : "term"} ${issue.keys.map((key) => `"${key}"`).join(", ")}`
        : "a deal must be an object of terms and options",
  });
}

/** Every term required: a deal as stored and scored. */
export const dealSchema = termsObject(optionSchema) as unknown as z.ZodType<Deal>;

/** Any subset of terms, as a proposal form sends it; a missing term means its weakest option. */
export const dealInputSchema = termsObject((term) => optionSchema(term).optional()) as unknown as z.ZodType<DealInput>;

export type ParsedDeal = { ok: true; deal: Deal } | { ok: false; error: string };

export function parseDeal(input: unknown): ParsedDeal {
  const result = dealInputSchema.safeParse(input);
  if (!result.success) return { ok: false, error: result.error.issues.map((issue) => issue.message).join("\n") };
  return { ok: true, deal: completeDeal(result.data) };
}
