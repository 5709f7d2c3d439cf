import type { Metadata } from "next";
import Link from "next/link";
import { Page } from "@/components/ui/page";
import { requireTeacher } from "@/lib/auth/teacher";
import { getDb } from "@/lib/db";
import { formatDate } from "@/lib/format/time";
import { viewerTimeZone } from "@/lib/format/viewer-zone";
import { listSessions } from "@/lib/repositories/sessions";
import { scenarioChoices } from "@/lib/repositories/scenarios";
import { CreateSessionForm } from "./_components/create-session-form";
import { SignOutButton } from "./_components/sign-out-button";

export const metadata: Metadata = { title: "Your sessions" };

const STATUS = { lobby: "In the lobby", running: "Running", ended: "Ended", archived: "Archived" } as const;

function outcomes(tables: { phase: string; signedProposalId: string | null; walkedAwayBy: string | null }[]): string {
  const signed = tables.filter((t) => t.signedProposalId).length;
  const walked = tables.filter((t) => t.walkedAwayBy && !t.signedProposalId).length;
  const noDeal = tables.filter((t) => t.phase === "debrief" && !t.signedProposalId && !t.walkedAwayBy).length;
  const parts = [
    `${tables.length} ${tables.length === 1 ? "table" : "tables"}`,
    signed ? `${signed} signed` : "",
    walked ? `${walked} walked away` : "",
    noDeal ? `${noDeal} no deal` : "",
  ];
  return parts.filter(Boolean).join(", ");
}

export default async function TeacherHome({ searchParams }: { searchParams: Promise<{ scenario?: string }> }) {
  const teacher = await requireTeacher();
  const [sessions, scenarios, zone] = await Promise.all([
    listSessions(getDb(), teacher.id),
    scenarioChoices(getDb(), teacher.id),
    viewerTimeZone(),
  ]);
  return (
    <Page
      wide
      nav={
        <span className="flex items-center gap-3 text-sm text-slate-700">
          {teacher.name} <SignOutButton />
        </span>
      }
    >
      <div className="grid gap-8 md:grid-cols-[1fr_22rem]">
        <section aria-labelledby="sessions-heading">
          <h1 id="sessions-heading" className="text-2xl font-bold">
            Your sessions
          </h1>
          {sessions.length === 0 ? (
            <p className="mt-4 text-slate-700">No sessions yet. Create one to get a join code for your class.</p>
          ) : (
            <ul className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
              {sessions.map((session) => (
                <li key={session.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
                  <div>
                    <Link href={`/teacher/sessions/${session.id}`} className="font-semibold text-blue-700 underline">
                      {session.title}
                    </Link>
                    <p className="text-sm text-slate-600">
                      {formatDate(session.createdAt, zone)} · {STATUS[session.status]} · {session._count.participants}{" "}
                      {session._count.participants === 1 ? "student" : "students"} · {outcomes(session.tables)}
                    </p>
                  </div>
                  <Link href={`/teacher/sessions/${session.id}/transcript`} className="text-sm text-blue-700 underline">
                    Report
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="create-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="create-heading" className="mb-4 text-xl font-semibold">
            New session
          </h2>
          <CreateSessionForm scenarios={scenarios} chosen={(await searchParams).scenario} />
        </section>
      </div>
    </Page>
  );
}
