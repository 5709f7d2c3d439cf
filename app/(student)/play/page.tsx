import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { StudentRoom } from "@/components/room/student-room";
import { ScenarioProvider } from "@/components/scenario/scenario-context";
import { Page } from "@/components/ui/page";
import { seatOrRefusal } from "@/lib/auth/participant-cookie";
import { SEAT_REFUSALS } from "@/lib/repositories/participants";
import { scenarioFor } from "@/lib/repositories/scenarios";
import { buildSnapshot } from "@/lib/repositories/snapshot";
import { getDb } from "@/lib/db";
import { headOf } from "@/lib/scenario/public";

export const metadata: Metadata = { title: "Your table" };

/**
 * The student's table, drawn on the server from the snapshot the socket's sync answers, so a phone
 * shows the talk with the page's first paint. What sits behind the other tabs is left out of it:
 * the article and the briefs come with the socket's first sync, the scenario's terms and criteria
 * with the panels that draw them. A closed seat says why.
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
  const db = getDb();
  const [scenario, snapshot] = await Promise.all([
    scenarioFor(db, found.seat.scenarioId),
    buildSnapshot(db, { role: "student", ...found.seat }, 0),
  ]);
  const initial = { ...snapshot, session: { ...snapshot.session, articleText: null }, briefs: {} };
  return (
    <ScenarioProvider scenario={headOf(scenario)}>
      <StudentRoom initial={initial} />
    </ScenarioProvider>
  );
}
