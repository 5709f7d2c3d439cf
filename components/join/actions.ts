"use server";

import { redirect } from "next/navigation";
import { joinCodeSchema } from "@/lib/validations/session";

export type JoinCodeState = { error?: string; code?: string };

/** A typed code, normalised and checked; a valid one opens its join page. */
export async function openJoinCode(_: JoinCodeState, form: FormData): Promise<JoinCodeState> {
  const typed = String(form.get("code") ?? "");
  const parsed = joinCodeSchema.safeParse(typed);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check the code.", code: typed };
  redirect(`/join/${parsed.data}`);
}
