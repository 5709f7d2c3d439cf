import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { StudentRoom } from "@/components/room/student-room";
import { ScenarioProvider } from "@/components/scenario/scenario-context";
import { Page } from "@/components/ui/page";
import { seatOrRefusal } from "@/lib/auth/participant-cookie";
import { SEAT_REFUSALS } from "@/lib/repositories/participants";
import { scenarioFor } from "@/lib/repositories/scenarios";
import { getDb } from "@/lib/db";
import { summaryOf } from "@/lib/scenario/public";

export const metadata: Metadata = { title: "Your table" };

/**
 * The student's table. The page is a light shell and the socket brings the table: measured with
 * Lighthouse on a phone profile, hydrating a server-drawn table cost more than drawing it from
 * the socket's snapshot. A closed seat says why instead.
 */
export default async function PlayPage() {
  const found = await seatOrRefusal();
  if ("refused" in found) {
    if (found.refused === "none") redirect("/join");
    return (
      <Page>
        <h1 className="text-2xl font-bold">
          {found.refused === "archived" ? "This session is archived" : "You left this session"}
        </h1>
        <p role="status" className="mt-3 text-slate-800">
          {SEAT_REFUSALS[found.refused]}
        </p>
        <Link href="/join" className="mt-4 inline-block font-medium text-blue-700 underline">
          Join another session
        </Link>
      </Page>
    );
  }
  return (
    <ScenarioProvider scenario={summaryOf(await scenarioFor(getDb(), found.seat.scenarioId))}>
      <StudentRoom />
    </ScenarioProvider>
  );
}
