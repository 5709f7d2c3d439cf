import type { Metadata } from "next";
import Link from "next/link";
import { Page } from "@/components/ui/page";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default function SignInPage() {
  return (
    <Page>
      <h1 className="text-2xl font-bold">Teacher sign in</h1>
      <SignInForm />
      <p className="mt-6 text-slate-700">
        New here?{" "}
        <Link href="/signup" className="font-medium text-blue-700 underline">
          Create a teacher account
        </Link>
      </p>
    </Page>
  );
}
