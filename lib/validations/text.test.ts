import { describe, expect, it } from "vitest";
import { personName, textField } from "./text";

const message = textField("A message", 20, { required: true, empty: "A message cannot be empty." });
const refusal = (
  schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { message: string }[] } } },
  value: unknown,
) => schema.safeParse(value).error?.issues[0]?.message;

describe("free text", () => {
  it("stores one Unicode form and plain line breaks", () => {
    expect(message.parse("Cafe\u0301 ")).toBe("Café");
    expect(message.parse("one\r\ntwo\tthree")).toBe("one\ntwo three");
  });
  it("refuses control characters and broken characters, naming the field", () => {
    expect(refusal(message, "a\u0000b")).toBe("A message cannot contain control characters.");
    expect(refusal(message, "bell\u0007")).toBe("A message cannot contain control characters.");
    expect(refusal(message, "half \uD83D pair")).toBe("A message has a broken character in it; type it again.");
    expect(refusal(message, "   ")).toBe("A message cannot be empty.");
    expect(refusal(message, "x".repeat(21))).toBe("A message can be at most 20 characters.");
    expect(refusal(message, 42)).toBe("A message must be text.");
    expect(message.parse("🕊️🇰🇵 and 지우")).toBe("🕊️🇰🇵 and 지우");
  });
});

describe("names", () => {
  it("refuses names that hide, reorder or pretend", () => {
    expect(refusal(personName, "\u200B\u200B")).toBe(
      "Your name cannot contain invisible or direction-changing characters.",
    );
    expect(refusal(personName, "Ana\u202Eeilf")).toBe(
      "Your name cannot contain invisible or direction-changing characters.",
    );
    expect(refusal(personName, "...")).toBe("Your name needs at least one letter, digit or symbol.");
    expect(refusal(personName, "Teacher")).toBe("That name is kept for the teacher and the app: choose another.");
    expect(refusal(personName, " teacher ")).toBe("That name is kept for the teacher and the app: choose another.");
    expect(refusal(personName, "China (computer, table 1)")).toBe(
      "That name is kept for the teacher and the app: choose another.",
    );
  });
  it("keeps real names in any script, emoji included", () => {
    expect(personName.parse("  Ji-woo   지우 ")).toBe("Ji-woo 지우");
    expect(personName.parse("Zoe\u0308")).toBe("Zoë");
    expect(personName.parse("🦊")).toBe("🦊");
  });
});
