import { getToken } from "next-auth/jwt";
import type { Socket } from "socket.io";
import { parseCookies } from "@/lib/auth/cookies";
import { PARTICIPANT_COOKIE, readParticipantToken } from "@/lib/auth/participant-token";
import type { Db } from "@/lib/db";
import type { SocketData } from "@/lib/realtime/events";
import { lookupSeat, SEAT_REFUSALS } from "@/lib/repositories/participants";
import { findOwnedSession } from "@/lib/repositories/sessions";
import { z } from "zod";

const handshakeSchema = z.discriminatedUnion("as", [
  z.object({ as: z.literal("student") }),
  z.object({ as: z.literal("teacher"), sessionId: z.string().uuid() }),
]);

/**
 * Who is connecting, from their cookies alone: the handshake's `auth` only says which of the
 * browser's credentials to use (a teacher may also hold a student cookie while testing).
 */
export async function identify(socket: Socket, db: Db, secret: string): Promise<SocketData | string> {
  const wanted = handshakeSchema.safeParse(socket.handshake.auth);
  if (!wanted.success) return "Say whether you connect as a student or as a teacher.";
  const cookies = parseCookies(socket.handshake.headers.cookie);
  if (wanted.data.as === "student") {
    const found = await lookupSeat(db, readParticipantToken(cookies[PARTICIPANT_COOKIE], secret));
    return "seat" in found ? { role: "student", ...found.seat } : SEAT_REFUSALS[found.refused];
  }
  const token = await getToken({ req: { headers: socket.handshake.headers, cookies } as never, secret });
  if (!token?.sub) return "Sign in as a teacher first.";
  const session = await findOwnedSession(db, token.sub, wanted.data.sessionId);
  if (!session) return "No session of yours has that id.";
  return {
    role: "teacher",
    sessionId: session.id,
    teacherId: token.sub,
    name: typeof token.name === "string" ? token.name : "Teacher",
  };
}
