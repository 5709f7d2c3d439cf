import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { StudentRoom } from "@/components/room/student-room";
import { Page } from "@/components/ui/page";
import { currentSeat } from "@/lib/auth/participant-cookie";

export const metadata: Metadata = { title: "Your table" };

export default async function PlayPage() {
  if (!(await currentSeat())) redirect("/join");
  return (
    <Page wide>
      <StudentRoom />
    </Page>
  );
}
