"use server";

import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { requireTeacher } from "@/lib/auth/teacher";
import { getDb } from "@/lib/db";
import { deleteUploadedScenario, saveUploadedScenario } from "@/lib/repositories/scenarios";
import { checkUpload, MAX_UPLOAD_BYTES } from "@/lib/scenario/upload";

export type UploadState = ActionResult<{ problems?: string[] }>;

const fileOf = (value: FormDataEntryValue | null) => (value instanceof File && value.size > 0 ? value : null);

/** Checks an uploaded scenario whole; every problem comes back at once, or it is kept and previewed. */
export async function uploadScenarioAction(_: UploadState, form: FormData): Promise<UploadState> {
  const teacher = await requireTeacher();
  const file = fileOf(form.get("file"));
  const article = fileOf(form.get("article"));
  if (!file) return { fields: { file: "Choose the scenario file (.json) to upload." } };
  // Refused before reading: a huge upload never reaches the parser.
  for (const [what, upload] of [
    ["The scenario file", file],
    ["The article", article],
  ] as const) {
    if (upload && upload.size > MAX_UPLOAD_BYTES)
      return { problems: [`${what} is ${Math.ceil(upload.size / 1024)} KB; at most ${MAX_UPLOAD_BYTES / 1024} KB.`] };
  }
  const checked = checkUpload(await file.text(), article ? await article.text() : null);
  if (!checked.ok) return { problems: checked.problems };
  const id = await saveUploadedScenario(getDb(), teacher.id, checked.source, checked.scenario.title);
  redirect(`/teacher/scenarios/${id}`);
}

export async function deleteScenarioAction(id: string): Promise<ActionResult> {
  const teacher = await requireTeacher();
  const result = await deleteUploadedScenario(getDb(), teacher.id, id);
  if (result === "in use") return { error: "A session of yours runs on this scenario: delete that session first." };
  if (result === "missing") return { error: "You have no scenario with that id." };
  redirect("/teacher/scenarios");
}
