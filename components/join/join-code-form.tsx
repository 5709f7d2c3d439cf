"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { joinCodeSchema } from "@/lib/validations/session";

export function JoinCodeForm() {
  const router = useRouter();
  const [error, setError] = useState<string>();
  return (
    <form
      noValidate
      className="mt-3 flex flex-col gap-3 sm:flex-row sm:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = joinCodeSchema.safeParse(new FormData(event.currentTarget).get("code") ?? "");
        if (!parsed.success) return setError(parsed.error.issues[0]?.message);
        router.push(`/join/${parsed.data}`);
      }}
    >
      <Field label="Session code" name="code" autoComplete="off" autoCapitalize="characters" spellCheck={false} error={error} className="flex-1" />
      <Button type="submit">Continue</Button>
    </form>
  );
}
