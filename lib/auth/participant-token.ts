import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

export const PARTICIPANT_COOKIE = "summit_participant";

const claimsSchema = z.object({ pid: z.string().uuid(), sid: z.string().uuid(), n: z.string().min(1) });
export type ParticipantClaims = z.infer<typeof claimsSchema>;

function sign(body: string, secret: string): string {
  return createHmac("sha256", secret).update(body).digest("base64url");
}

/** How long a seat token lasts: past any class, so a forgotten phone does not keep a seat for ever. */
export const SEAT_LIFETIME_S = 60 * 60 * 24 * 14;
const tokenSchema = claimsSchema.extend({ exp: z.number().int() });

/**
 * `body.signature`, both base64url: the participant id, its session, the row's nonce and when it
 * expires (Unix seconds). The seat also ends with the session: archived or deleted, it seats no one.
 */
export function createParticipantToken(
  claims: ParticipantClaims,
  secret: string,
  expiresAt = Date.now() / 1000 + SEAT_LIFETIME_S,
): string {
  const body = Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(expiresAt) })).toString("base64url");
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
    const parsed = tokenSchema.safeParse(JSON.parse(Buffer.from(body, "base64url").toString("utf8")));
    if (!parsed.success || parsed.data.exp * 1000 <= Date.now()) return null;
    const { pid, sid, n } = parsed.data;
    return { pid, sid, n };
  } catch {
    return null;
  }
}
