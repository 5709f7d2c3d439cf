import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TeacherRoom } from "@/components/room/teacher-room";
import { Page } from "@/components/ui/page";
import { requireTeacher } from "@/lib/auth/teacher";
import { getDb } from "@/lib/db";
import { findOwnedSession } from "@/lib/repositories/sessions";
import { joinUrlFor } from "@/lib/session/join-url";

export const metadata: Metadata = { title: "Session" };

export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const teacher = await requireTeacher();
  const { id } = await params;
  const session = /^[0-9a-f-]{36}$/.test(id) ? await findOwnedSession(getDb(), teacher.id, id) : null;
  if (!session) notFound();
  return (
    <Page wide nav={<Link href="/teacher" className="text-sm font-medium text-blue-700 underline">All sessions</Link>}>
      <TeacherRoom sessionId={session.id} joinUrl={await joinUrlFor(session.joinCode)} />
    </Page>
  );
}
