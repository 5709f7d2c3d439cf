import { cookies } from "next/headers";
import { getDb } from "@/lib/db";
import { requireEnv } from "@/lib/env";
import { findSeat, lookupSeat, type Seat } from "@/lib/repositories/participants";
import {
  createParticipantToken,
  PARTICIPANT_COOKIE,
  readParticipantToken,
  SEAT_LIFETIME_S,
  type ParticipantClaims,
} from "./participant-token";

/** The claims in the student's httpOnly cookie, if it holds a valid token. */
export async function cookieClaims(): Promise<ParticipantClaims | null> {
  return readParticipantToken((await cookies()).get(PARTICIPANT_COOKIE)?.value, requireEnv("NEXTAUTH_SECRET"));
}

/** The student's seat from their httpOnly cookie, or null. */
export async function currentSeat(): Promise<Seat | null> {
  const claims = await cookieClaims();
  return claims ? findSeat(getDb(), claims) : null;
}

/** The student's seat, or why their cookie no longer seats them (removed, archived, none). */
export async function seatOrRefusal() {
  const token = (await cookies()).get(PARTICIPANT_COOKIE)?.value; // first: reading cookies makes the page dynamic
  return lookupSeat(getDb(), readParticipantToken(token, requireEnv("NEXTAUTH_SECRET")));
}

export async function setParticipantCookie(claims: ParticipantClaims): Promise<void> {
  (await cookies()).set(PARTICIPANT_COOKIE, createParticipantToken(claims, requireEnv("NEXTAUTH_SECRET")), {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
    path: "/",
    maxAge: SEAT_LIFETIME_S,
  });
}
