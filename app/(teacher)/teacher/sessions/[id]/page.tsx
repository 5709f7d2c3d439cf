import type { Metadata } from "next";
import { Cockpit } from "@/components/cockpit/cockpit";
import { ScenarioProvider } from "@/components/scenario/scenario-context";
import { scenarioFor } from "@/lib/repositories/scenarios";
import { publicView, summaryOf } from "@/lib/scenario/public";
import { requireOwnedSession } from "@/lib/auth/teacher";
import { getDb } from "@/lib/db";
import { joinUrlFor } from "@/lib/net/join-url";

export const metadata: Metadata = { title: "Session" };

export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireOwnedSession((await params).id);
  const scenario = await scenarioFor(getDb(), session.scenarioId);
  return (
    <ScenarioProvider scenario={summaryOf(scenario)} scoring={publicView(scenario)}>
      <Cockpit sessionId={session.id} joinUrl={await joinUrlFor(session.joinCode)} />
    </ScenarioProvider>
  );
}
