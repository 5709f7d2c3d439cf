"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { joinAction, type JoinState } from "../actions";

export function NameForm({ code }: { code: string }) {
  const [state, action, pending] = useActionState<JoinState, FormData>(joinAction, {});
  return (
    <form action={action} noValidate className="mt-6 space-y-4">
      <input type="hidden" name="code" value={code} />
      <Field
        label="Your name"
        name="name"
        autoComplete="nickname"
        maxLength={40}
        required
        hint="Shown to your table and your teacher. Up to 40 characters."
        defaultValue={state.name}
        error={state.error}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Joining…" : "Join"}
      </Button>
    </form>
  );
}
