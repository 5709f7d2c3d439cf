import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { StudentRoom } from "@/components/room/student-room";
import { ScenarioProvider } from "@/components/scenario/scenario-context";
import { HANOI } from "@/lib/scenario/hanoi/scenario";
import { publicView } from "@/lib/scenario/public";
import { Page } from "@/components/ui/page";
import { currentSeat } from "@/lib/auth/participant-cookie";

export const metadata: Metadata = { title: "Your table" };

export default async function PlayPage() {
  if (!(await currentSeat())) redirect("/join");
  return (
    <Page wide>
      <ScenarioProvider scenario={publicView(HANOI)}>
        <StudentRoom />
      </ScenarioProvider>
    </Page>
  );
}
