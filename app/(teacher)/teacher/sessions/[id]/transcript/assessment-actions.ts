"use server";

import type { ActionResult } from "@/lib/action-result";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireTeacher } from "@/lib/auth/teacher";
import { getDb } from "@/lib/db";
import { assessStudent } from "@/lib/repositories/participants";

const schema = z.object({
  participantId: z.string().uuid(),
  grade: z.string().trim().max(20, "A grade can be at most 20 characters."),
  comment: z.string().trim().max(2000, "A comment can be at most 2000 characters."),
});

/** The teacher's grade and comment for one of their students. */
export type AssessmentState = ActionResult<{ saved?: boolean }>;

export async function saveAssessment(_: AssessmentState, form: FormData): Promise<AssessmentState> {
  const teacher = await requireTeacher();
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check the grade and comment." };
  const { participantId, grade, comment } = parsed.data;
  const saved = await assessStudent(getDb(), teacher.id, {
    participantId,
    grade: grade || null,
    comment: comment || null,
  });
  if (!saved) return { error: "No student of yours has that id." };
  revalidatePath("/teacher/sessions/[id]/transcript", "page");
  return { saved: true };
}
