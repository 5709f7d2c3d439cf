import type { Metadata } from "next";
import Link from "next/link";
import { TeacherRoom } from "@/components/room/teacher-room";
import { Page } from "@/components/ui/page";
import { requireOwnedSession } from "@/lib/auth/teacher";
import { joinUrlFor } from "@/lib/session/join-url";

export const metadata: Metadata = { title: "Session" };

export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireOwnedSession((await params).id);
  return (
    <Page wide nav={<Link href="/teacher" className="text-sm font-medium text-blue-700 underline">All sessions</Link>}>
      <TeacherRoom sessionId={session.id} joinUrl={await joinUrlFor(session.joinCode)} />
    </Page>
  );
}
