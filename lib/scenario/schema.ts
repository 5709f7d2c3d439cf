// The shape of a scenario file (see README.md beside this file). Shape only: what the fields
// refer to — terms, options, measures, phrases, roles, quotes — is checked by the loader.
import { z } from "zod";
import type { Program } from "./program";

const name = z
  .string()
  .max(64, "must be at most 64 characters")
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be a name: letters, digits and _, not starting with a digit");
// Limits keep any file, a hostile one included, quick to check and to score: see README.md.
const text = z.string().max(2000, "must be at most 2,000 characters").regex(/\S/, "must not be empty");
const texts = z.array(text).max(40, "at most 40 entries");
const optionValue = z.union([name, z.boolean()], { error: "must be an option name or true/false" });
// Where an option is referred to, any text is taken here: the loader then names the term's options.
const anyOption = z.union([z.string().max(64, "must be at most 64 characters"), z.boolean()], {
  error: "must be an option name or true/false",
});
const expression = z.string().max(500, "must be at most 500 characters").regex(/\S/, "must not be an empty expression");

const optionSchema = z.strictObject({
  value: optionValue,
  label: text,
  explanation: text,
  strength: z.number().min(0, "must be between 0 and 1").max(1, "must be between 0 and 1"),
});

const termSchema = z.strictObject({
  label: text,
  explanation: text,
  options: z.array(optionSchema).min(2, "a term needs at least two options").max(10, "a term has at most 10 options"),
});

const caseSchema = z.strictObject({
  when: expression.optional(),
  text: z.string().max(2000, "must be at most 2,000 characters"),
});

const phraseSchema = z.strictObject({
  term: name.optional(),
  options: z.record(z.string(), z.string()).optional(),
  cases: z.array(caseSchema).min(1).max(20, "at most 20 cases").optional(),
  list: z.array(caseSchema).min(1).max(20, "at most 20 items").optional(),
  conjunction: text.optional(),
  empty: z.string().optional(),
});

const criterionSchema = z.strictObject({
  id: name,
  title: text,
  description: text,
  defaultWeight: z.number().min(0, "must not be negative"),
  quote: text,
  score: expression,
  explanations: z
    .array(caseSchema)
    .min(1, "a criterion needs at least one explanation")
    .max(20, "at most 20 explanations"),
  noDeal: z.strictObject({
    score: z
      .number({ error: "must be a whole number from 0 to 100" })
      .int({ error: "must be a whole number from 0 to 100, not a fraction" })
      .min(0, "must be a whole number from 0 to 100")
      .max(100, "must be a whole number from 0 to 100"),
    explanation: text,
  }),
});

const redLineSchema = z.strictObject({
  id: name,
  message: text,
  when: z.record(z.string(), z.array(anyOption).min(1)),
});

const roleSchema = z.strictObject({ id: name, name: text, summary: text });
const readingSchema = z.strictObject({ title: text, paragraphs: texts.min(1), quotes: texts, source: text });
const briefSchema = z.strictObject({ goals: texts, limits: texts, tactics: texts });
const payoffTableSchema = z.record(z.string(), z.record(z.string(), z.number()));
const exampleSchema = z.strictObject({
  title: text,
  description: text.optional(),
  terms: z.record(z.string(), anyOption),
  /** Set on the deals the debrief compares every table with: its column's title, outcome line and note. */
  debrief: z.strictObject({ title: text, outcome: text, note: text }).optional(),
});

export const scenarioFileSchema = z.strictObject({
  format: z.literal(1, { error: "must be 1, the only version of the format so far" }),
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "must be a short id: letters, digits, - and _"),
  title: text,
  editorial: z
    .array(z.string().max(10_000, "a paragraph is at most 10,000 characters").regex(/\S/, "must not be empty"))
    .min(1)
    .max(200, "at most 200 paragraphs")
    .optional(),
  editorialFile: text.optional(),
  walkAwayQuote: text.optional(),
  roles: z
    .array(roleSchema)
    .min(2, "a negotiation needs two to five roles")
    .max(5, "a negotiation needs two to five roles"),
  reading: readingSchema,
  briefs: z.record(z.string(), briefSchema),
  payoffs: z.record(z.string(), payoffTableSchema),
  terms: z.record(name, termSchema).refine((terms) => Object.keys(terms).length <= 30, "at most 30 terms"),
  measures: z
    .record(name, expression)
    .refine((measures) => Object.keys(measures).length <= 100, "at most 100 measures")
    .default({}),
  phrases: z
    .record(name, phraseSchema)
    .refine((phrases) => Object.keys(phrases).length <= 100, "at most 100 phrases")
    .default({}),
  criteria: z.array(criterionSchema).min(1).max(20, "at most 20 criteria"),
  redLines: z.array(redLineSchema).max(20, "at most 20 red lines").default([]),
  examples: z
    .record(name, exampleSchema)
    .refine((examples) => Object.keys(examples).length <= 20, "at most 20 examples")
    .default({}),
});

export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
export type OptionValue = string | boolean;
export type ScenarioOption = z.infer<typeof optionSchema>;
export type ScenarioTerm = z.infer<typeof termSchema> & { key: string };
export type ScenarioCriterion = z.infer<typeof criterionSchema>;
export type ScenarioRole = z.infer<typeof roleSchema>;
export type ScenarioBrief = z.infer<typeof briefSchema>;
export type ScenarioRedLine = z.infer<typeof redLineSchema>;
export type PhraseSpec = z.infer<typeof phraseSchema>;
export type PayoffTable = z.infer<typeof payoffTableSchema>;

/** A loaded scenario: the file's data, its editorial as text, terms as an ordered list, rules compiled. */
export type Scenario = Omit<ScenarioFile, "format" | "editorial" | "editorialFile" | "terms"> & {
  editorial: string;
  terms: ScenarioTerm[];
  program: Program;
};
