"use client";

import { useActionState } from "react";
import {
  saveAssessment,
  type AssessmentState,
} from "@/app/(teacher)/teacher/sessions/[id]/transcript/assessment-actions";

export function AssessmentForm({
  participantId,
  name,
  grade,
  comment,
}: {
  participantId: string;
  name: string;
  grade: string | null;
  comment: string | null;
}) {
  const [state, action, pending] = useActionState<AssessmentState, FormData>(saveAssessment, {});
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="participantId" value={participantId} />
      <label className="text-xs">
        Grade<span className="sr-only"> for {name}</span>
        <input
          name="grade"
          defaultValue={grade ?? ""}
          maxLength={20}
          className="block w-16 rounded border border-slate-300 px-1 py-1 text-sm"
        />
      </label>
      <label className="text-xs">
        Comment<span className="sr-only"> for {name}</span>
        <input
          name="comment"
          defaultValue={comment ?? ""}
          maxLength={2000}
          className="block w-48 rounded border border-slate-300 px-1 py-1 text-sm"
        />
      </label>
      <button type="submit" disabled={pending} className="rounded border border-slate-300 px-2 py-1 text-sm">
        Save<span className="sr-only"> for {name}</span>
      </button>
      <span role="status" className="text-xs">
        {state.error ? <span className="text-red-700">{state.error}</span> : state.saved ? "Saved" : ""}
      </span>
    </form>
  );
}
