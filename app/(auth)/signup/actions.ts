"use server";

import type { ActionResult } from "@/lib/action-result";
import { headers } from "next/headers";
import { getDb } from "@/lib/db";
import { limitsFor } from "@/lib/limits";
import { stampedAddress } from "@/lib/net/address";
import { UserError } from "@/lib/errors";
import { createTeacher } from "@/lib/repositories/teachers";
import { signUpSchema } from "@/lib/validations/auth";

export type SignUpState = ActionResult<{ ok?: boolean }>;

export async function signUp(_: SignUpState, form: FormData): Promise<SignUpState> {
  const parsed = signUpSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const fields: SignUpState["fields"] = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as keyof NonNullable<SignUpState["fields"]>;
      fields[key] ??= issue.message;
    }
    return { fields };
  }
  try {
    await limitsFor(getDb().pool).signUp(stampedAddress(await headers()));
    await createTeacher(getDb(), parsed.data);
    return { ok: true };
  } catch (error) {
    if (error instanceof UserError) return { error: error.message };
    throw error;
  }
}
