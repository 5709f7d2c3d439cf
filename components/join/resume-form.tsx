"use client";

import { useActionState } from "react";
import { resumeAction, type ResumeState } from "@/app/(student)/join/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export function ResumeForm() {
  const [state, action, pending] = useActionState<ResumeState, FormData>(resumeAction, {});
  return (
    <form action={action} noValidate className="mt-3 flex flex-col gap-3 sm:flex-row sm:items-end">
      <Field
        label="Resume code"
        name="resumeCode"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder="ABCD-2345"
        error={state.error}
        className="flex-1"
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        Take my seat
      </Button>
    </form>
  );
}
