import { z } from "zod";

// Socket payloads. Nothing here says who is speaking, for which delegation or in which
// session: that comes from the handshake. Unknown keys are refused so a forged field is visible.
const clientId = z
  .string({ error: "Each request needs a clientId." })
  .regex(/^[A-Za-z0-9_-]{8,64}$/, "clientId must be 8–64 letters, digits, - or _.");

export const chatSendSchema = z.strictObject({
  clientId,
  text: z
    .string({ error: "A message needs text." })
    .transform((value) => value.trim())
    .pipe(z.string().min(1, "A message cannot be empty.").max(2000, "A message can be at most 2000 characters.")),
});

export const proposeSchema = z.strictObject({ clientId, terms: z.record(z.string(), z.unknown(), { error: "terms must be an object of deal terms." }) });

export const respondSchema = z.strictObject({
  clientId,
  proposalId: z.string().uuid("proposalId must be a proposal's id."),
  accept: z.boolean({ error: "accept must be true or false." }),
  reason: z.string().trim().max(500, "A reason can be at most 500 characters.").optional(),
});

export const syncSchema = z.strictObject({ after: z.number().int().min(0, "after must be 0 or more.") });

export const teacherActionSchema = z.strictObject({ clientId });

/** The first issue's message, in a sentence a person can act on. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "Invalid request.";
  if (issue.code === "unrecognized_keys") return `Unexpected field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}.`;
  const where = issue.path.length > 0 && issue.code === "invalid_type" ? `${issue.path.join(".")}: ` : "";
  return `${where}${issue.message}`;
}
