"use server";

import type { ActionResult } from "@/lib/action-result";
import { redirect } from "next/navigation";
import { ZodError } from "zod";
import { cookieClaims, setParticipantCookie } from "@/lib/auth/participant-cookie";
import { headers } from "next/headers";
import { getDb } from "@/lib/db";
import { limitsFor } from "@/lib/limits";
import { stampedAddress } from "@/lib/net/address";
import { UserError } from "@/lib/errors";
import { publish } from "@/lib/realtime/publish";
import { joinSession } from "@/lib/repositories/participants";
import { joinSchema, seatChoiceSchema } from "@/lib/validations/session";

export type JoinState = ActionResult<{ name?: string }>;

export async function joinAction(_: JoinState, form: FormData): Promise<JoinState> {
  const parsed = joinSchema.safeParse({ code: form.get("code"), name: form.get("name") });
  const name = String(form.get("name") ?? "");
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check your name.", name };
  try {
    await limitsFor(getDb().pool).join(stampedAddress(await headers()));
    const [tableId, delegation] = String(form.get("seat") ?? "").split("|");
    const choice = tableId && delegation ? seatChoiceSchema.parse({ tableId, delegation }) : undefined;
    const { claims, event } = await joinSession(getDb(), parsed.data, { choice, returning: await cookieClaims() });
    await setParticipantCookie(claims);
    if (event) publish(claims.sid, [event]);
  } catch (error) {
    if (error instanceof UserError) return { error: error.message, name };
    if (error instanceof ZodError) return { error: "Choose one of the seats listed.", name };
    throw error;
  }
  redirect("/play");
}
