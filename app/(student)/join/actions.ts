"use server";

import type { ActionResult } from "@/lib/action-result";
import { redirect } from "next/navigation";
import { setParticipantCookie } from "@/lib/auth/participant-cookie";
import { headers } from "next/headers";
import { getDb } from "@/lib/db";
import { limitsFor } from "@/lib/limits";
import { stampedAddress } from "@/lib/net/address";
import { UserError } from "@/lib/errors";
import { resumeSeat } from "@/lib/repositories/participants";
import { resumeCodeSchema } from "@/lib/validations/session";

export type ResumeState = ActionResult;

/** Another device takes the seat behind a resume code; the first device keeps working too. */
export async function resumeAction(_: ResumeState, form: FormData): Promise<ResumeState> {
  const parsed = resumeCodeSchema.safeParse(form.get("resumeCode") ?? "");
  if (!parsed.success) return { error: parsed.error.issues[0]?.message };
  try {
    await limitsFor(getDb().pool).join(stampedAddress(await headers()));
    await setParticipantCookie(await resumeSeat(getDb(), parsed.data));
  } catch (error) {
    if (error instanceof UserError) return { error: error.message };
    throw error;
  }
  redirect("/play");
}
