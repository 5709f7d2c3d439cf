"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { openJoinCode, type JoinCodeState } from "./actions";

/** The session code, checked on the server: a phone opening /join downloads no validation library. */
export function JoinCodeForm() {
  const [state, action, pending] = useActionState<JoinCodeState, FormData>(openJoinCode, {});
  return (
    <form action={action} noValidate className="mt-3 flex flex-col gap-3 sm:flex-row sm:items-end">
      <Field
        label="Session code"
        name="code"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        defaultValue={state.code}
        error={state.error}
        className="flex-1"
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Checking…" : "Continue"}
      </Button>
    </form>
  );
}
