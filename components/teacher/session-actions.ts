"use server";

import { redirect } from "next/navigation";
import { requireTeacher } from "@/lib/auth/teacher";
import { getDb } from "@/lib/db";
import { duplicateSession } from "@/lib/repositories/sessions";

/** Sets up a new lobby like this session and opens it. */
export async function runAgainAction(sessionId: string): Promise<{ error?: string }> {
  const teacher = await requireTeacher();
  const copy = await duplicateSession(getDb(), teacher.id, sessionId);
  if (!copy) return { error: "No session of yours has that id." };
  redirect(`/teacher/sessions/${copy.id}`);
}
