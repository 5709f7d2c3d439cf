"use client";

import Link from "next/link";
import type { Delegation, TableOutcome } from "@/lib/domain/events";
import type { PayoffTable } from "@/lib/scoring/payoff";
import type { ProposalView, TableOutcomeView } from "@/lib/domain/room";
import { DebriefBoard } from "@/components/debrief/debrief-board";
import { useScoringScenario } from "@/components/scenario/scenario-context";
import { LazyDetails } from "@/components/ui/lazy-details";
import { TimeZoneCookie } from "@/components/ui/time-zone-cookie";
import { Outcome, OutcomeBanner } from "./outcome";

type Props = {
  outcome: TableOutcomeView | undefined;
  viewer: Delegation;
  signed: ProposalView | undefined;
  outcomes: TableOutcome[];
  payoffs: Partial<Record<Delegation, PayoffTable>>;
  weights: Record<string, number> | undefined;
};

/** A student's debrief: how their table ended, every table against the editorial, and why their score is what it is. */
export function StudentDebrief({ outcome, viewer, signed, outcomes, payoffs, weights }: Props) {
  const scenario = useScoringScenario();
  return (
    <div className="space-y-3">
      {/* Before the link to the transcript, which the server draws in the reader's zone. */}
      <TimeZoneCookie redraw={false} />
      {outcome ? <OutcomeBanner outcome={outcome} viewer={viewer} waiting={false} /> : null}
      <Link href="/play/transcript" className="inline-block font-medium text-blue-700 underline">
        Read your table&apos;s whole transcript
      </Link>
      {scenario ? (
        <DebriefBoard scenario={scenario} outcomes={outcomes} payoffs={payoffs} weights={weights} />
      ) : (
        <p role="status">Preparing the debrief…</p>
      )}
      <LazyDetails
        className="rounded-lg border border-slate-200 bg-white p-3"
        summaryClassName="font-medium text-blue-700"
        summary="Why your table scored what it did: every criterion"
      >
        {() => (
          <div className="mt-2">
            <Outcome signed={signed} />
          </div>
        )}
      </LazyDetails>
    </div>
  );
}
