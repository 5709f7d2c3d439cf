"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/" })}
      className="text-sm font-medium text-blue-700 underline"
    >
      Sign out
    </button>
  );
}
