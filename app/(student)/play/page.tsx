import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { StudentRoom } from "@/components/room/student-room";
import { ScenarioProvider } from "@/components/scenario/scenario-context";
import { Page } from "@/components/ui/page";
import { seatOrRefusal } from "@/lib/auth/participant-cookie";
import { getDb } from "@/lib/db";
import { SEAT_REFUSALS } from "@/lib/repositories/participants";
import { buildSnapshot } from "@/lib/repositories/snapshot";
import { HANOI } from "@/lib/scenario/hanoi/scenario";
import { publicView } from "@/lib/scenario/public";

export const metadata: Metadata = { title: "Your table" };

/**
 * The student's table, drawn on the server from the same snapshot the socket sends, so a phone
 * shows the table at once; the socket then only catches up. A closed seat says why.
 */
export default async function PlayPage() {
  const found = await seatOrRefusal();
  if ("refused" in found) {
    if (found.refused === "none") redirect("/join");
    return (
      <Page>
        <h1 className="text-2xl font-bold">{found.refused === "archived" ? "This session is archived" : "You left this session"}</h1>
        <p role="status" className="mt-3 text-slate-800">
          {SEAT_REFUSALS[found.refused]}
        </p>
        <Link href="/join" className="mt-4 inline-block font-medium text-blue-700 underline">
          Join another session
        </Link>
      </Page>
    );
  }
  const snapshot = await buildSnapshot(getDb(), { role: "student", ...found.seat }, 0);
  return (
    <ScenarioProvider scenario={publicView(HANOI)}>
      <StudentRoom initial={snapshot} />
    </ScenarioProvider>
  );
}
