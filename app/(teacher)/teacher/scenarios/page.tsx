import type { Metadata } from "next";
import Link from "next/link";
import { NavLink, Page } from "@/components/ui/page";
import { requireTeacher } from "@/lib/auth/teacher";
import { getDb } from "@/lib/db";
import { scenarioChoices } from "@/lib/repositories/scenarios";
import { UploadForm } from "./_components/upload-form";

export const metadata: Metadata = { title: "Your scenarios" };

export default async function ScenariosPage() {
  const teacher = await requireTeacher();
  const choices = await scenarioChoices(getDb(), teacher.id);
  const own = choices.filter((c) => c.uploaded);
  return (
    <Page nav={<NavLink href="/teacher">Back to your sessions</NavLink>}>
      <h1 className="text-2xl font-bold">Your scenarios</h1>
      <p className="mt-1 text-slate-700">
        Write a negotiation of your own: who sits at the table, what a deal is made of, and how your article judges it.
        Only you see your scenarios and can run them.
      </p>
      <section aria-labelledby="own-heading" className="mt-6">
        <h2 id="own-heading" className="text-xl font-semibold">
          Uploaded
        </h2>
        {own.length === 0 ? (
          <p className="mt-2 text-slate-700">None yet.</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {own.map((s) => (
              <li key={s.id} className="flex items-center justify-between gap-3 p-3">
                <span>
                  <span className="font-medium">{s.title}</span>{" "}
                  <span className="text-sm text-slate-600">· {s.roles} delegations</span>
                </span>
                <Link href={`/teacher/scenarios/${s.id}`} className="text-blue-700 underline">
                  Preview
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="upload-heading" className="mt-8 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="upload-heading" className="text-xl font-semibold">
          Upload a scenario
        </h2>
        <p className="mt-1 mb-4 text-slate-700">
          Start from the{" "}
          <a
            href="/scenario-template.json"
            download="summit-scenario.json"
            className="font-medium text-blue-700 underline"
          >
            template
          </a>
          : a complete two-delegation scenario to edit. Every problem in your file is listed with the field it is in.
        </p>
        <details className="mb-4 rounded-md border border-slate-200 p-3">
          <summary className="cursor-pointer font-medium text-blue-700">What goes in the file</summary>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800">
            <li>
              <strong>roles</strong>: two to five delegations; <strong>briefs</strong> and <strong>payoffs</strong>: one
              each per role, private to it.
            </li>
            <li>
              <strong>terms</strong>: what a deal is made of, each with two or more options, weakest first (the one a
              table gets when it leaves the term out). Yes/no options are written <code>true</code> and{" "}
              <code>false</code>, without quotes.
            </li>
            <li>
              <strong>criteria</strong>: how the article judges a deal. Each quotes the article word for word, scores a
              deal with a formula such as <code>0.6 * fence + 0.4 * shared</code> (a term counts 0 to 1 by its option),
              and explains the score in a sentence. <code>{"{fence}"}</code> in a sentence puts in the chosen
              option&apos;s label as written.
            </li>
            <li>
              <strong>noDeal</strong>: each criterion&apos;s score for walking away, a whole number from 0 to 100. A
              deal must beat that baseline to be worth signing.
            </li>
            <li>
              <strong>redLines</strong> and <strong>examples</strong> are optional; an example with a{" "}
              <strong>debrief</strong> is shown beside every table at the debrief.
            </li>
            <li>At most 256 KB. Every problem is listed with its field, such as criteria[0].quote.</li>
          </ul>
        </details>
        <UploadForm />
      </section>
    </Page>
  );
}
