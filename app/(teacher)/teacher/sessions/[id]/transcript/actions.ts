"use server";

import type { ActionResult } from "@/lib/action-result";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireTeacher } from "@/lib/auth/teacher";
import { getDb } from "@/lib/db";
import { anonymiseSession, archiveSession, setRetention } from "@/lib/repositories/privacy";
import { deleteSession } from "@/lib/repositories/sessions";

const NOT_YOURS = { error: "No session of yours has that id." };

/** Deletes the session and all its students' data, then returns to the sessions list. */
export async function deleteSessionAction(sessionId: string): Promise<ActionResult> {
  const teacher = await requireTeacher();
  if (!(await deleteSession(getDb(), teacher.id, sessionId))) return NOT_YOURS;
  redirect("/teacher");
}

export async function archiveSessionAction(sessionId: string): Promise<ActionResult> {
  const teacher = await requireTeacher();
  if (!(await archiveSession(getDb(), teacher.id, sessionId))) return NOT_YOURS;
  revalidatePath(`/teacher/sessions/${sessionId}/transcript`);
  return {};
}

export async function anonymiseSessionAction(sessionId: string): Promise<ActionResult> {
  const teacher = await requireTeacher();
  if (!(await anonymiseSession(getDb(), teacher.id, sessionId))) return NOT_YOURS;
  revalidatePath(`/teacher/sessions/${sessionId}/transcript`);
  return {};
}

export async function setRetentionAction(sessionId: string, days: number | null): Promise<ActionResult> {
  const teacher = await requireTeacher();
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > 3650))
    return { error: "Keep data for 1 to 3650 days, or until you delete it." };
  if (!(await setRetention(getDb(), teacher.id, sessionId, days))) return NOT_YOURS;
  revalidatePath(`/teacher/sessions/${sessionId}/transcript`);
  return {};
}
