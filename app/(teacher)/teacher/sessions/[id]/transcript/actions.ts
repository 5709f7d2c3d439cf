"use server";

import { redirect } from "next/navigation";
import { requireTeacher } from "@/lib/auth/teacher";
import { getDb } from "@/lib/db";
import { deleteSession } from "@/lib/repositories/sessions";

/** Deletes the session and all its students' data, then returns to the sessions list. */
export async function deleteSessionAction(sessionId: string): Promise<{ error: string } | never> {
  const teacher = await requireTeacher();
  if (!(await deleteSession(getDb(), teacher.id, sessionId))) return { error: "No session of yours has that id." };
  redirect("/teacher");
}
