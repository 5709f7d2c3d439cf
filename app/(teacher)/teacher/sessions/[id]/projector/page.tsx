import type { Metadata } from "next";
import QRCode from "qrcode";
import { ProjectorView } from "@/components/projector/projector-view";
import { ScenarioProvider } from "@/components/scenario/scenario-context";
import { requireOwnedSession } from "@/lib/auth/teacher";
import { scenarioFor } from "@/lib/repositories/scenarios";
import { publicView, summaryOf } from "@/lib/scenario/public";
import { getDb } from "@/lib/db";
import { joinUrlFor } from "@/lib/net/join-url";

export const metadata: Metadata = { title: "Projector" };

export default async function ProjectorPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireOwnedSession((await params).id);
  const scenario = await scenarioFor(getDb(), session.scenarioId);
  const joinUrl = await joinUrlFor(session.joinCode);
  const qr = await QRCode.toDataURL(joinUrl, { margin: 1, width: 480, errorCorrectionLevel: "M" });
  return (
    <ScenarioProvider scenario={summaryOf(scenario)} scoring={publicView(scenario)}>
      <ProjectorView sessionId={session.id} title={session.title} code={session.joinCode} joinUrl={joinUrl} qr={qr} />
    </ScenarioProvider>
  );
}
