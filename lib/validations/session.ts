import { z } from "zod";
import { personName, textField } from "./text";

// Codes avoid characters that are easy to confuse when read aloud or off a projector (0/O, 1/I/L).
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

export const joinCodeSchema = z
  .string({ error: "Enter the session code." })
  .transform((value) => value.replace(/[\s-]/g, "").toUpperCase())
  .pipe(
    z
      .string()
      .length(JOIN_CODE_LENGTH, `A session code has ${JOIN_CODE_LENGTH} characters.`)
      .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]+$`), "That is not a session code: check the letters and digits."),
  );

export const displayNameSchema = personName;

export const joinSchema = z.object({ code: joinCodeSchema, name: displayNameSchema });
export type JoinInput = z.infer<typeof joinSchema>;

const minutes = (label: string, min: number) =>
  z.coerce
    .number({ error: `Enter the ${label} time in minutes.` })
    .int("Enter a whole number of minutes.")
    .min(min, min > 0 ? `The ${label} needs at least ${min} minute.` : `The ${label} time cannot be negative.`)
    .max(180, `The ${label} can last at most 180 minutes.`);

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => (value ? value : undefined));

export const createSessionSchema = z.object({
  title: textField("The title", 120, { required: true, empty: "Give the session a title." }),
  scenarioId: z.string({ error: "Choose a scenario." }).min(1, "Choose a scenario.").max(64, "Choose a scenario."),
  tableCount: z.coerce
    .number()
    .int("Enter a whole number of tables.")
    .min(1, "A session needs at least one table.")
    .max(20, "At most 20 tables.")
    .default(1),
  assignmentMode: z.enum(["auto", "teacher", "choice"], { error: "Choose how students are seated." }).default("auto"),
  readingMinutes: minutes("reading", 0).default(0),
  openingMinutes: minutes("opening statements", 0).default(0),
  negotiationMinutes: minutes("negotiation", 1),
  finalMinutes: minutes("final proposals", 0).default(0),
  signingMinutes: minutes("signing", 0).default(0),
  articleUrl: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(
      z
        .url({ protocol: /^https?$/, error: "Paste a full link starting with http:// or https://." })
        .max(500)
        .optional(),
    ),
  articleText: optionalText(50_000, "The article can be at most 50,000 characters."),
});
export type CreateSessionInput = z.input<typeof createSessionSchema>;
export type CreateSessionData = z.output<typeof createSessionSchema>;

export const resumeCodeSchema = z
  .string({ error: "Enter your resume code." })
  .transform((value) => value.replace(/[\s-]/g, "").toUpperCase())
  .pipe(
    z
      .string()
      .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{8}$`), "A resume code has 8 letters and digits, like ABCD-2345."),
  )
  .transform((value) => `${value.slice(0, 4)}-${value.slice(4)}`);

export const seatChoiceSchema = z.object({
  tableId: z.string().uuid(),
  delegation: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/)
    .max(64),
});
