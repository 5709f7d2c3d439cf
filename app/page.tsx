import Link from "next/link";
import { NavLink, Page } from "@/components/ui/page";
import { JoinCodeForm } from "@/components/join/join-code-form";

export default function HomePage() {
  return (
    <Page nav={<NavLink href="/teacher">Teachers</NavLink>}>
      <h1 className="text-3xl font-bold tracking-tight">Negotiate a summit</h1>
      <p className="mt-3 text-lg text-slate-700">
        Summit runs a live classroom negotiation. Students join from a link as one of the delegations at a table,
        negotiate in timed rounds, and every deal they propose is scored against an editorial&apos;s criteria.
      </p>
      <section aria-labelledby="join-heading" className="mt-8 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="join-heading" className="text-xl font-semibold">
          Join a session
        </h2>
        <p className="text-slate-700">Type the code your teacher shows.</p>
        <JoinCodeForm />
      </section>
      <p className="mt-8 text-slate-700">
        Teaching?{" "}
        <Link href="/signup" className="font-medium text-blue-700 underline">
          Create a teacher account
        </Link>{" "}
        or{" "}
        <Link href="/signin" className="font-medium text-blue-700 underline">
          sign in
        </Link>
        .
      </p>
    </Page>
  );
}
