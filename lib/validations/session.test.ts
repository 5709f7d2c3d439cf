import { describe, expect, it } from "vitest";
import { signUpSchema } from "./auth";
import { chatSendSchema, describeZodError, respondSchema } from "./realtime";
import { createSessionSchema, joinSchema } from "./session";

const firstError = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe("joining", () => {
  it("accepts a code typed loosely and a trimmed name", () => {
    expect(joinSchema.parse({ code: " pq-7 k2m ", name: "  Ada   Lovelace " })).toEqual({
      code: "PQ7K2M",
      name: "Ada Lovelace",
    });
  });

  it("refuses codes with look-alike characters or the wrong length", () => {
    expect(firstError(joinSchema.safeParse({ code: "PQ0K2M", name: "A" }))).toBe(
      "That is not a session code: check the letters and digits.",
    );
    expect(firstError(joinSchema.safeParse({ code: "PQ1K2M", name: "A" }))).toBe(
      "That is not a session code: check the letters and digits.",
    );
    expect(firstError(joinSchema.safeParse({ code: "PQK2M", name: "A" }))).toBe("A session code has 6 characters.");
  });

  it("takes names of 1 to 40 characters, counting emoji as one", () => {
    expect(firstError(joinSchema.safeParse({ code: "PQ7K2M", name: "   " }))).toBe("Enter your name.");
    expect(firstError(joinSchema.safeParse({ code: "PQ7K2M", name: "x".repeat(41) }))).toBe(
      "Your name can be at most 40 characters.",
    );
    expect(joinSchema.parse({ code: "PQ7K2M", name: "🦊".repeat(40) }).name).toHaveLength(80);
    expect(firstError(joinSchema.safeParse({ code: "PQ7K2M", name: "a\u0007b" }))).toBe(
      "Your name cannot contain control characters.",
    );
    expect(firstError(joinSchema.safeParse({ code: "PQ7K2M" }))).toBe("Enter your name.");
  });
});

describe("creating a session", () => {
  it("reads the form's strings", () => {
    expect(
      createSessionSchema.parse({
        title: " Period 3 ",
        scenarioId: "hanoi-2019",
        negotiationMinutes: "15",
        tableCount: "2",
        readingMinutes: "5",
        articleUrl: "",
      }),
    ).toEqual({
      title: "Period 3",
      scenarioId: "hanoi-2019",
      tableCount: 2,
      assignmentMode: "auto",
      readingMinutes: 5,
      openingMinutes: 0,
      negotiationMinutes: 15,
      finalMinutes: 0,
      signingMinutes: 0,
    });
    expect(
      createSessionSchema.safeParse({
        title: "T",
        scenarioId: "hanoi-2019",
        negotiationMinutes: "5",
        articleUrl: "javascript:alert(1)",
      }).error?.issues[0]?.message,
    ).toBe("Paste a full link starting with http:// or https://.");
  });

  it("says what is wrong with each field", () => {
    expect(
      firstError(createSessionSchema.safeParse({ title: "", scenarioId: "hanoi-2019", negotiationMinutes: "15" })),
    ).toBe("Give the session a title.");
    expect(firstError(createSessionSchema.safeParse({ title: "T", scenarioId: "", negotiationMinutes: "15" }))).toBe(
      "Choose a scenario.",
    );
    expect(
      firstError(createSessionSchema.safeParse({ title: "T", scenarioId: "hanoi-2019", negotiationMinutes: "0" })),
    ).toBe("The negotiation needs at least 1 minute.");
    expect(
      firstError(createSessionSchema.safeParse({ title: "T", scenarioId: "hanoi-2019", negotiationMinutes: "2.5" })),
    ).toBe("Enter a whole number of minutes.");
  });
});

describe("teacher accounts", () => {
  it("normalises the email and asks for a real password", () => {
    expect(signUpSchema.parse({ name: "Ms R", email: " R@School.TEST ", password: "12345678" }).email).toBe(
      "r@school.test",
    );
    expect(firstError(signUpSchema.safeParse({ name: "Ms R", email: "nope", password: "12345678" }))).toBe(
      "Enter a valid email address.",
    );
    expect(firstError(signUpSchema.safeParse({ name: "Ms R", email: "r@s.test", password: "short" }))).toBe(
      "Use at least 8 characters for your password.",
    );
  });
});

describe("socket payloads", () => {
  it("names a field a client may not send", () => {
    const result = chatSendSchema.safeParse({ clientId: "abcdefgh", text: "hi", delegation: "US" });
    expect(result.success).toBe(false);
    if (!result.success) expect(describeZodError(result.error)).toBe("Unexpected field: delegation.");
  });

  it("explains a wrong type with its field", () => {
    const result = respondSchema.safeParse({ clientId: "abcdefgh", proposalId: crypto.randomUUID(), accept: "yes" });
    expect(result.success).toBe(false);
    if (!result.success) expect(describeZodError(result.error)).toBe("accept: accept must be true or false.");
  });
});
