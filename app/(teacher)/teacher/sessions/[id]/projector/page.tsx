import type { Metadata } from "next";
import { notFound } from "next/navigation";
import QRCode from "qrcode";
import { ProjectorView } from "@/components/teacher/projector-view";
import { requireTeacher } from "@/lib/auth/teacher";
import { getDb } from "@/lib/db";
import { findOwnedSession } from "@/lib/repositories/sessions";
import { joinUrlFor } from "@/lib/session/join-url";

export const metadata: Metadata = { title: "Join screen" };

export default async function ProjectorPage({ params }: { params: Promise<{ id: string }> }) {
  const teacher = await requireTeacher();
  const { id } = await params;
  const session = /^[0-9a-f-]{36}$/.test(id) ? await findOwnedSession(getDb(), teacher.id, id) : null;
  if (!session) notFound();
  const joinUrl = await joinUrlFor(session.joinCode);
  const qr = await QRCode.toDataURL(joinUrl, { margin: 1, width: 480, errorCorrectionLevel: "M" });
  return <ProjectorView sessionId={session.id} title={session.title} code={session.joinCode} joinUrl={joinUrl} qr={qr} ended={session.status === "ended"} />;
}
