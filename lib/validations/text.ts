import { z } from "zod";

// What people type, made safe to store and show: one Unicode form (NFC), line breaks as \n, no
// control characters, no broken surrogate halves. Refusals say which field and why.

// C0 and C1 controls except the line break; tabs are turned into spaces before this is checked.
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/u;
// Characters that reorder or hide text around them: never needed in a name.
const BIDI_AND_INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const VISIBLE = /[\p{L}\p{N}\p{S}]/u;
// Half of a surrogate pair without its other half: not a character at all.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (value: string) => !LONE_SURROGATE.test(value);

const normalise = (value: string) => value.normalize("NFC").replace(/\r\n?/g, "\n").replace(/\t/g, " ").trim();

/** Free text (a message, a statement, a reason): at most `max` characters once normalised. */
export function textField(
  label: string,
  max: number,
  options: { required: true; empty: string } | { required: false },
) {
  return z
    .string({ error: `${label} must be text.` })
    .transform(normalise)
    .pipe(
      z
        .string()
        .refine((value) => wellFormed(value), `${label} has a broken character in it; type it again.`)
        .refine((value) => !CONTROL.test(value), `${label} cannot contain control characters.`)
        .refine((value) => !options.required || value.length > 0, options.required ? options.empty : "")
        .refine((value) => [...value].length <= max, `${label} can be at most ${max} characters.`),
    );
}

// Names a student may not take: they would read as the teacher, the app or the computer.
const RESERVED = new Set([
  "teacher",
  "the teacher",
  "summit",
  "computer",
  "the computer",
  "moderator",
  "admin",
  "system",
]);
const reserved = (name: string) =>
  RESERVED.has(name.normalize("NFKC").toLocaleLowerCase()) || /\(computer\b/i.test(name);

/** A person's display name: 1–40 visible characters, single spaces, nothing that hides or reorders text. */
export const personName = z
  .string({ error: "Enter your name." })
  .transform((value) => normalise(value).replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .refine((value) => [...value].length >= 1, "Enter your name.")
      .refine((value) => [...value].length <= 40, "Your name can be at most 40 characters.")
      .refine((value) => wellFormed(value), "Your name has a broken character in it; type it again.")
      .refine((value) => !CONTROL.test(value), "Your name cannot contain control characters.")
      .refine(
        (value) => !BIDI_AND_INVISIBLE.test(value),
        "Your name cannot contain invisible or direction-changing characters.",
      )
      .refine((value) => VISIBLE.test(value), "Your name needs at least one letter, digit or symbol.")
      .refine((value) => !reserved(value), "That name is kept for the teacher and the app: choose another."),
  );
