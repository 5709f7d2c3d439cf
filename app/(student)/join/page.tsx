import type { Metadata } from "next";
import { JoinCodeForm } from "@/components/join/join-code-form";
import { ResumeForm } from "@/components/join/resume-form";
import { Page } from "@/components/ui/page";

export const metadata: Metadata = { title: "Join a session" };

export default function JoinPage() {
  return (
    <Page>
      <h1 className="text-2xl font-bold">Join a session</h1>
      <p className="mt-2 text-slate-700">Type the code your teacher shows on the board.</p>
      <JoinCodeForm />
      <section aria-labelledby="resume-heading" className="mt-10 border-t border-slate-200 pt-6">
        <h2 id="resume-heading" className="text-lg font-semibold">
          Already seated on another device?
        </h2>
        <p className="text-slate-700">
          Enter the resume code shown on your other screen to continue here with everything you had.
        </p>
        <ResumeForm />
      </section>
    </Page>
  );
}
