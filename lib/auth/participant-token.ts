import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

export const PARTICIPANT_COOKIE = "summit_participant";

const claimsSchema = z.object({ pid: z.string().uuid(), sid: z.string().uuid(), n: z.string().min(1) });
export type ParticipantClaims = z.infer<typeof claimsSchema>;

function sign(body: string, secret: string): string {
  return createHmac("sha256", secret).update(body).digest("base64url");
}

/** `body.signature`, both base64url: the participant id, its session and the row's nonce. */
export function createParticipantToken(claims: ParticipantClaims, secret: string): string {
  const body = Buffer.from(JSON.stringify(claims)).toString("base64url");
  return `${body}.${sign(body, secret)}`;
}

export function readParticipantToken(token: string | undefined, secret: string): ParticipantClaims | null {
  if (!token) return null;
  const [body, signature] = token.split(".");
  if (!body || !signature) return null;
  const expected = Buffer.from(sign(body, secret));
  const actual = Buffer.from(signature);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  try {
    const parsed = claimsSchema.safeParse(JSON.parse(Buffer.from(body, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
