"use server";

import type { ActionResult } from "@/lib/action-result";
import { redirect } from "next/navigation";
import { requireTeacher } from "@/lib/auth/teacher";
import { getDb } from "@/lib/db";
import { createSession } from "@/lib/repositories/sessions";
import { createSessionSchema } from "@/lib/validations/session";
import { UserError } from "@/lib/errors";

export type CreateSessionState = ActionResult;

export async function createSessionAction(_: CreateSessionState, form: FormData): Promise<CreateSessionState> {
  const teacher = await requireTeacher();
  const parsed = createSessionSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const fields: NonNullable<CreateSessionState["fields"]> = {};
    for (const issue of parsed.error.issues) fields[issue.path[0] as keyof typeof fields] ??= issue.message;
    return { fields };
  }
  let session: Awaited<ReturnType<typeof createSession>>;
  try {
    session = await createSession(getDb(), teacher.id, parsed.data);
  } catch (error) {
    if (error instanceof UserError) return { fields: { scenarioId: error.message } };
    throw error;
  }
  redirect(`/teacher/sessions/${session.id}`);
}
