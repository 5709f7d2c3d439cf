import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Page } from "@/components/ui/page";
import { currentSeat } from "@/lib/auth/participant-cookie";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { findJoinableSession } from "@/lib/repositories/participants";
import { joinCodeSchema } from "@/lib/validations/session";
import { MAX_PER_DELEGATION } from "@/lib/domain/placement";
import { seatChoices } from "@/lib/repositories/seats";
import { NameForm, type SeatOption } from "./_components/name-form";

export const metadata: Metadata = { title: "Join" };

// Students who choose see every seat; full delegations and those the computer plays cannot be chosen.
async function seatOptions(sessionId: string): Promise<SeatOption[]> {
  const seats = await seatChoices(getDb(), sessionId);
  const several = new Set(seats.map((s) => s.tableId)).size > 1;
  return seats.map((seat) => ({
    value: `${seat.tableId}|${seat.delegation}`,
    label: `${several ? `Table ${seat.tableNumber}: ` : ""}${seat.name} (${seat.taken}/${MAX_PER_DELEGATION})`,
    unavailable: seat.computer ? "played by the computer" : seat.full ? "full" : null,
  }));
}

export default async function JoinWithCodePage({ params }: { params: Promise<{ code: string }> }) {
  const parsed = joinCodeSchema.safeParse(decodeURIComponent((await params).code));
  let problem = parsed.success ? null : (parsed.error.issues[0]?.message ?? "That is not a session code.");
  let session: { id: string; title: string; assignmentMode: string } | null = null;
  if (parsed.success) {
    try {
      session = await findJoinableSession(getDb(), parsed.data);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problem = error.message;
    }
  }
  // Back on the link after a refresh or a closed tab: the cookie brings them to their seat.
  const seat = session ? await currentSeat() : null;
  if (seat && seat.sessionId === session?.id) redirect("/play");

  return (
    <Page>
      {problem || !session || !parsed.success ? (
        <>
          <h1 className="text-2xl font-bold">Cannot join</h1>
          <p role="alert" className="mt-2 text-red-800">
            {problem}
          </p>
          <Link href="/join" className="mt-4 inline-block text-blue-700 underline">
            Type another code
          </Link>
        </>
      ) : (
        <>
          <p className="text-sm font-medium text-slate-600">Joining</p>
          <h1 className="text-2xl font-bold">{session.title}</h1>
          <NameForm
            code={parsed.data}
            seats={session.assignmentMode === "choice" ? await seatOptions(session.id) : null}
          />
        </>
      )}
    </Page>
  );
}
