"use client";

import { signIn } from "next-auth/react";

/**
 * Signs a teacher in without leaving the page. next-auth answers `ok` even for wrong credentials,
 * so success is the absence of an error.
 */
export async function signInTeacher(email: FormDataEntryValue | null, password: FormDataEntryValue | null): Promise<boolean> {
  const result = await signIn("credentials", { email, password, redirect: false });
  return Boolean(result && !result.error);
}
