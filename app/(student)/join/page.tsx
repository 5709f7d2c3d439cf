import type { Metadata } from "next";
import { JoinCodeForm } from "@/components/join/join-code-form";
import { Page } from "@/components/ui/page";

export const metadata: Metadata = { title: "Join a session" };

export default function JoinPage() {
  return (
    <Page>
      <h1 className="text-2xl font-bold">Join a session</h1>
      <p className="mt-2 text-slate-700">Type the code your teacher shows on the board.</p>
      <JoinCodeForm />
    </Page>
  );
}
