"use client";

import { signInTeacher } from "@/lib/auth/sign-in";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { signInSchema } from "@/lib/validations/auth";

export function SignInForm() {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  return (
    <form
      noValidate
      className="mt-6 space-y-4"
      onSubmit={async (event) => {
        event.preventDefault();
        const parsed = signInSchema.safeParse(Object.fromEntries(new FormData(event.currentTarget)));
        if (!parsed.success) return setError(parsed.error.issues[0]?.message);
        setPending(true);
        const refused = await signInTeacher(parsed.data.email, parsed.data.password);
        setPending(false);
        if (refused) return setError(refused);
        router.push("/teacher");
        router.refresh();
      }}
    >
      <Field label="Email" name="email" type="email" autoComplete="email" required />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      {error ? (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
