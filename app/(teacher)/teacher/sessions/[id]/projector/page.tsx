import type { Metadata } from "next";
import QRCode from "qrcode";
import { ProjectorView } from "@/components/teacher/projector-view";
import { requireOwnedSession } from "@/lib/auth/teacher";
import { joinUrlFor } from "@/lib/session/join-url";

export const metadata: Metadata = { title: "Join screen" };

export default async function ProjectorPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireOwnedSession((await params).id);
  const joinUrl = await joinUrlFor(session.joinCode);
  const qr = await QRCode.toDataURL(joinUrl, { margin: 1, width: 480, errorCorrectionLevel: "M" });
  return <ProjectorView sessionId={session.id} title={session.title} code={session.joinCode} joinUrl={joinUrl} qr={qr} ended={session.status === "ended"} />;
}
