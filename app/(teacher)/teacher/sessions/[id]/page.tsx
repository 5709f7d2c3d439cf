import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { TeacherRoom } from "@/components/room/teacher-room";
import { Page } from "@/components/ui/page";
import { requireTeacher } from "@/lib/auth/teacher";
import { getDb } from "@/lib/db";
import { findOwnedSession } from "@/lib/repositories/sessions";

export const metadata: Metadata = { title: "Session" };

export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const teacher = await requireTeacher();
  const { id } = await params;
  const session = /^[0-9a-f-]{36}$/.test(id) ? await findOwnedSession(getDb(), teacher.id, id) : null;
  if (!session) notFound();
  // The link uses the address the teacher reached us on, so it works for students on the same network.
  const headerList = await headers();
  const host = headerList.get("x-forwarded-host") ?? headerList.get("host") ?? "localhost:3000";
  const proto = headerList.get("x-forwarded-proto") ?? "http";
  return (
    <Page wide nav={<Link href="/teacher" className="text-sm font-medium text-blue-700 underline">All sessions</Link>}>
      <TeacherRoom sessionId={session.id} joinUrl={`${proto}://${host}/join/${session.joinCode}`} />
    </Page>
  );
}
