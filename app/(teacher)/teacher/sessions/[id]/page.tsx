import type { Metadata } from "next";
import Link from "next/link";
import { TeacherRoom } from "@/components/room/teacher-room";
import { ScenarioProvider } from "@/components/scenario/scenario-context";
import { HANOI } from "@/lib/scenario/hanoi/scenario";
import { publicView } from "@/lib/scenario/public";
import { Page } from "@/components/ui/page";
import { requireOwnedSession } from "@/lib/auth/teacher";
import { joinUrlFor } from "@/lib/session/join-url";

export const metadata: Metadata = { title: "Session" };

export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireOwnedSession((await params).id);
  return (
    <Page wide nav={<Link href="/teacher" className="text-sm font-medium text-blue-700 underline">All sessions</Link>}>
      <ScenarioProvider scenario={publicView(HANOI)}>
        <TeacherRoom sessionId={session.id} joinUrl={await joinUrlFor(session.joinCode)} />
      </ScenarioProvider>
    </Page>
  );
}
