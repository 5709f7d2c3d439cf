import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";
import { createParticipantToken, readParticipantToken } from "./participant-token";

describe("passwords", () => {
  it("stores a salted scrypt hash that verifies only the right password", async () => {
    const hash = await hashPassword("correct horse");
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(hash).not.toContain("correct horse");
    expect(await hashPassword("correct horse")).not.toBe(hash);
    expect(await verifyPassword("correct horse", hash)).toBe(true);
    expect(await verifyPassword("wrong horse", hash)).toBe(false);
    expect(await verifyPassword("correct horse", "not-a-hash")).toBe(false);
  });
});

describe("participant tokens", () => {
  const claims = { pid: crypto.randomUUID(), sid: crypto.randomUUID(), n: "nonce" };
  const secret = "a-secret-of-enough-length";

  it("round-trips the claims it signed", () => {
    expect(readParticipantToken(createParticipantToken(claims, secret), secret)).toEqual(claims);
  });

  it("rejects a token signed with another secret, edited, or malformed", () => {
    const token = createParticipantToken(claims, secret);
    expect(readParticipantToken(token, "another-secret-entirely")).toBeNull();
    const [, signature] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ ...claims, pid: crypto.randomUUID() })).toString("base64url");
    expect(readParticipantToken(`${forged}.${signature}`, secret)).toBeNull();
    for (const bad of [undefined, "", "abc", "a.b.c", "..."]) expect(readParticipantToken(bad, secret)).toBeNull();
  });

  it("expires: a token past its time, or signed without one, seats no one", () => {
    expect(readParticipantToken(createParticipantToken(claims, secret, Date.now() / 1000 - 1), secret)).toBeNull();
    expect(readParticipantToken(createParticipantToken(claims, secret, Date.now() / 1000 + 60), secret)).toEqual(
      claims,
    );
    const body = Buffer.from(JSON.stringify(claims)).toString("base64url");
    const unsigned = createHmac("sha256", secret).update(body).digest("base64url");
    expect(readParticipantToken(`${body}.${unsigned}`, secret)).toBeNull();
  });
});
