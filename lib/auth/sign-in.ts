"use client";

import { signIn } from "next-auth/react";

/**
 * Signs a teacher in without leaving the page: null when it worked, else what to tell them.
 * next-auth answers `ok` even for wrong credentials, so success is the absence of an error.
 */
export async function signInTeacher(
  email: FormDataEntryValue | null,
  password: FormDataEntryValue | null,
): Promise<string | null> {
  const result = await signIn("credentials", { email, password, redirect: false });
  if (result && !result.error) return null;
  // A limit's own words come through; anything else means the credentials did not match.
  return result?.error?.startsWith("Slow down") ? result.error : "That email and password do not match an account.";
}
