import { describe, expect, it } from "vitest";
import { BUSY, userMessage, UserError } from "./errors";

describe("userMessage", () => {
  it("passes a refusal in words, says the server is busy when the pool is exhausted, and hides anything else", () => {
    expect(userMessage(new UserError("Slow down."))).toBe("Slow down.");
    expect(userMessage(Object.assign(new Error("Timed out fetching a new connection"), { code: "P2024" }))).toBe(BUSY);
    expect(userMessage(new Error("timeout exceeded when trying to connect"))).toBe(BUSY);
    expect(userMessage(new Error("relation does not exist"))).toBe(
      "Something went wrong on the server; please try again.",
    );
  });
});
