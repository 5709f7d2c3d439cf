import type { Metadata } from "next";
import { Cockpit } from "@/components/cockpit/cockpit";
import { ScenarioProvider } from "@/components/scenario/scenario-context";
import { HANOI } from "@/lib/scenario/hanoi/scenario";
import { publicView, summaryOf } from "@/lib/scenario/public";
import { requireOwnedSession } from "@/lib/auth/teacher";
import { joinUrlFor } from "@/lib/net/join-url";

export const metadata: Metadata = { title: "Session" };

export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireOwnedSession((await params).id);
  return (
    <ScenarioProvider scenario={summaryOf(HANOI)} scoring={publicView(HANOI)}>
      <Cockpit sessionId={session.id} joinUrl={await joinUrlFor(session.joinCode)} />
    </ScenarioProvider>
  );
}
