"use client";

import { signInTeacher } from "@/lib/auth/sign-in";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { signUp, type SignUpState } from "../actions";

export function SignUpForm() {
  const router = useRouter();
  const [state, setState] = useState<SignUpState>({});
  const [pending, setPending] = useState(false);

  return (
    <form
      noValidate
      className="mt-6 space-y-4"
      onSubmit={async (event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        setPending(true);
        const result = await signUp({}, data);
        setState(result);
        if (!result.ok) return setPending(false);
        // The account exists: sign in with what was just typed, then go to the dashboard.
        router.push((await signInTeacher(data.get("email"), data.get("password"))) === null ? "/teacher" : "/signin");
        router.refresh();
      }}
    >
      <Field label="Your name" name="name" autoComplete="name" required error={state.fields?.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required error={state.fields?.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters."
        error={state.fields?.password}
      />
      {state.error ? (
        <p role="alert" className="text-red-700">
          {state.error}
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
