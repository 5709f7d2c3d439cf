import type { Metadata } from "next";
import Link from "next/link";
import { Page } from "@/components/ui/page";
import { SignUpForm } from "./_components/sign-up-form";

export const metadata: Metadata = { title: "Create a teacher account" };

export default function SignUpPage() {
  return (
    <Page>
      <h1 className="text-2xl font-bold">Create a teacher account</h1>
      <p className="mt-2 text-slate-700">Students never need an account: they join with a code.</p>
      <SignUpForm />
      <p className="mt-6 text-slate-700">
        Already have an account?{" "}
        <Link href="/signin" className="font-medium text-blue-700 underline">
          Sign in
        </Link>
      </p>
    </Page>
  );
}
