"use client";

import { signInTeacher } from "@/lib/auth/sign-in";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { RequestMessage, useRequest } from "@/components/ui/use-request";
import { Field } from "@/components/ui/field";
import { signInSchema } from "@/lib/validations/auth";

export function SignInForm() {
  const router = useRouter();
  const request = useRequest();
  return (
    <form
      noValidate
      className="mt-6 space-y-4"
      onSubmit={async (event) => {
        event.preventDefault();
        const parsed = signInSchema.safeParse(Object.fromEntries(new FormData(event.currentTarget)));
        const signedIn = await request.run(async () =>
          parsed.success
            ? ((await signInTeacher(parsed.data.email, parsed.data.password)) ?? null)
            : (parsed.error.issues[0]?.message ?? "Check your email and password."),
        );
        if (!signedIn) return;
        router.push("/teacher");
        router.refresh();
      }}
    >
      <Field label="Email" name="email" type="email" autoComplete="email" required />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      <RequestMessage message={request.message} />
      <Button type="submit" disabled={request.pending}>
        {request.pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
