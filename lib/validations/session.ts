import { z } from "zod";

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

export const displayNameSchema = z
  .string({ error: "Enter your name." })
  .transform((value) => value.trim().replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .refine((value) => [...value].length >= 1, "Enter your name.")
      .refine((value) => [...value].length <= 40, "Your name can be at most 40 characters.")
      .refine((value) => !/\p{Cc}/u.test(value), "Your name cannot contain control characters."),
  );

export const joinSchema = z.object({ code: joinCodeSchema, name: displayNameSchema });
export type JoinInput = z.infer<typeof joinSchema>;

export const createSessionSchema = z.object({
  title: z
    .string({ error: "Give the session a title." })
    .trim()
    .min(1, "Give the session a title.")
    .max(120, "A title can be at most 120 characters."),
  scenarioId: z.enum(["hanoi-2019"], { error: "Choose a scenario." }),
  negotiationMinutes: z.coerce
    .number({ error: "Enter the negotiation time in minutes." })
    .int("Enter a whole number of minutes.")
    .min(1, "The negotiation needs at least 1 minute.")
    .max(180, "The negotiation can last at most 180 minutes."),
});
export type CreateSessionInput = z.infer<typeof createSessionSchema>;
