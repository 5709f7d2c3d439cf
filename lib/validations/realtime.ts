import { z } from "zod";
import { CLOCK_ACTIONS } from "@/lib/domain/phases";
import { displayNameSchema } from "./session";
import { textField } from "./text";

// Socket payloads. Nothing here says who is speaking, for which delegation or in which
// session: that comes from the handshake. Unknown keys are refused so a forged field is visible.
// Terms, criteria and delegations are checked here for their form, and against the session's
// own scenario where the request is carried out.
const clientId = z
  .string({ error: "Each request needs a clientId." })
  .regex(/^[A-Za-z0-9_-]{8,64}$/, "clientId must be 8–64 letters, digits, - or _.");

const text = textField("A message", 2000, { required: true, empty: "A message cannot be empty." });
const reason = textField("A reason", 500, { required: false }).optional();
const channel = z
  .string({ error: "channel must be text." })
  .max(40, "channel must be floor, delegation or sidebar:<delegation>.");

/** A student names a channel relative to themselves: floor, delegation (their own) or sidebar:<other>. */
export const chatSendSchema = z.strictObject({
  clientId,
  text,
  channel: channel.default("floor"),
});

/** A teacher names a table and a stored channel, or neither for an announcement to everyone. */
export const teacherChatSchema = z.strictObject({
  clientId,
  text,
  tableId: z.string().uuid("tableId must be a table's id.").optional(),
  channel: channel.optional(),
});

export const STANCES = ["demand", "offer", "refuse"] as const;
// The form of a scenario's names (terms, criteria, roles): see lib/scenario/schema.ts.
const scenarioName = (what: string) =>
  z
    .string()
    .max(64, `${what} is at most 64 characters.`)
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, `${what} must be a name of this scenario.`);

export const stancesSchema = z.record(
  scenarioName("A term"),
  z.enum(STANCES, { error: "A stance is demand, offer or refuse." }),
);
export type Stances = Record<string, (typeof STANCES)[number]>;

export const positionSchema = z.strictObject({
  clientId,
  statement: textField("A statement", 1000, { required: true, empty: "Write a short statement of your position." }),
  stances: stancesSchema.default({}),
});

export const proposeSchema = z.strictObject({
  clientId,
  terms: z.record(z.string(), z.unknown(), { error: "terms must be an object of deal terms." }),
});

export const respondSchema = z.strictObject({
  clientId,
  proposalId: z.string().uuid("proposalId must be a proposal's id."),
  accept: z.boolean({ error: "accept must be true or false." }),
  reason,
});

export const syncSchema = z.strictObject({
  after: z
    .number({ error: "after must be a number." })
    .int("after must be a whole number.")
    .min(0, "after must be 0 or more.")
    .max(2_147_483_647, "after is past any event number."),
});

/** The first issue's message, in a sentence a person can act on. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "Invalid request.";
  if (issue.code === "unrecognized_keys")
    return `Unexpected field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}.`;
  // Every refusal names its field: by its path, unless the message already says which one.
  const path = issue.path.join(".");
  if (!path) return issue.message;
  const named =
    issue.code !== "invalid_type" && issue.message.toLowerCase().includes(String(issue.path.at(-1)).toLowerCase());
  return named ? issue.message : `${path}: ${issue.message}`;
}

const participantId = z.string().uuid("participantId must be a student's id.");
const delegation = scenarioName("delegation");

export const clockSchema = z.strictObject({
  clientId,
  action: z.enum(CLOCK_ACTIONS, { error: `action must be one of ${CLOCK_ACTIONS.join(", ")}.` }),
  tableId: z.string().uuid("tableId must be a table's id.").optional(),
});
export const moveSchema = z.strictObject({
  clientId,
  participantId,
  tableId: z.string().uuid("tableId must be a table's id."),
  delegation,
});
export const tablesSchema = z.strictObject({
  clientId,
  count: z
    .number({ error: "count must be a number." })
    .int("count must be a whole number.")
    .min(1, "A session needs at least one table.")
    .max(20, "At most 20 tables."),
});
export const kickSchema = z.strictObject({ clientId, participantId });
export const readmitSchema = kickSchema;
export const renameSchema = z.strictObject({ clientId, participantId, name: displayNameSchema });
export const muteSchema = z.strictObject({
  clientId,
  participantId,
  minutes: z
    .number({ error: "minutes must be a number." })
    .int("minutes must be a whole number.")
    .min(0, "minutes cannot be negative.")
    .max(60, "Mute for at most 60 minutes."),
});
export const lockSchema = z.strictObject({ clientId, locked: z.boolean({ error: "locked must be true or false." }) });

export const withdrawSchema = z.strictObject({
  clientId,
  proposalId: z.string().uuid("proposalId must be a proposal's id."),
});
export const walkAwaySchema = z.strictObject({ clientId, reason });
export const staySchema = z.strictObject({ clientId });
export const draftSchema = proposeSchema;

export const weightsSchema = z.strictObject({
  clientId,
  weights: z
    .record(
      scenarioName("A criterion"),
      z
        .number({ error: "A weight is a number." })
        .min(0, "A weight cannot be negative.")
        .max(100, "A weight can be at most 100."),
    )
    .refine(
      (weights) => Object.values(weights).some((w) => (w ?? 0) > 0),
      "At least one criterion needs a weight above 0.",
    ),
});
export const addComputerSchema = z.strictObject({
  clientId,
  tableId: z.string().uuid("tableId must be a table's id."),
  delegation,
});
