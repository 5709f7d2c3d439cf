"use server";

import { redirect } from "next/navigation";
import { setParticipantCookie } from "@/lib/auth/participant-cookie";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { publish } from "@/lib/realtime/publish";
import { joinSession } from "@/lib/repositories/participants";
import { joinSchema } from "@/lib/validations/session";

export type JoinState = { error?: string; name?: string };

export async function joinAction(_: JoinState, form: FormData): Promise<JoinState> {
  const parsed = joinSchema.safeParse({ code: form.get("code"), name: form.get("name") });
  const name = String(form.get("name") ?? "");
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check your name.", name };
  try {
    const { claims, event } = await joinSession(getDb(), parsed.data);
    await setParticipantCookie(claims);
    publish(claims.sid, [event]);
  } catch (error) {
    if (error instanceof UserError) return { error: error.message, name };
    throw error;
  }
  redirect("/play");
}
