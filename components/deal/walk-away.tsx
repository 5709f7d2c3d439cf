"use client";

import { useState } from "react";
import type { WalkThreat } from "@/lib/domain/room";
import { RequestMessage, useRequest } from "@/components/ui/use-request";

type Props = {
  /** My delegation's open vote, if any. */
  threat: WalkThreat | undefined;
  iVoted: boolean;
  blocked: string | null;
  onVote: (reason: string) => Promise<string | null>;
  onStay: () => Promise<string | null>;
};

/**
 * Walking away is the delegation's decision: one member proposes it, and it happens when a majority
 * of the members present agree. Until then anyone in the delegation can choose to stay.
 */
export function WalkAway({ threat, iVoted, blocked, onVote, onStay }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const request = useRequest();
  if (blocked && !threat) return null;

  if (threat) {
    return (
      <section
        aria-label="Walk-away vote"
        className="space-y-2 rounded-lg border border-red-300 bg-red-50 p-3"
        data-testid="my-walk-vote"
      >
        <p className="font-semibold text-red-900">
          Your delegation is voting to walk away: {threat.votes} of {threat.needed}{" "}
          {threat.needed === 1 ? "vote" : "votes"} needed.
        </p>
        {threat.reason ? <p className="text-sm text-red-900">“{threat.reason}”</p> : null}
        <p className="text-sm text-slate-700">
          Walking away ends the negotiation at your table with no deal. The whole table can see this vote.
        </p>
        <div className="flex flex-wrap gap-2">
          {!iVoted ? (
            <button
              type="button"
              disabled={request.pending || blocked !== null}
              onClick={() => void request.run(() => onVote(""))}
              className="min-h-11 flex-1 rounded-md bg-red-700 px-3 font-semibold text-white disabled:bg-slate-400"
            >
              Vote to walk away too
            </button>
          ) : (
            <p className="text-sm font-medium text-red-900">You voted to walk away.</p>
          )}
          <button
            type="button"
            disabled={request.pending || blocked !== null}
            onClick={() => void request.run(onStay)}
            className="min-h-11 flex-1 rounded-md border border-slate-300 bg-white px-3 font-semibold"
          >
            Stay at the table
          </button>
        </div>
        {blocked ? <p className="text-sm text-slate-700">{blocked}</p> : null}
        <RequestMessage message={request.message} />
      </section>
    );
  }

  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        className="min-h-11 w-full rounded-md border border-red-300 bg-white px-4 font-semibold text-red-800"
      >
        Propose walking away…
      </button>
    );
  }
  return (
    <form
      aria-label="Propose walking away"
      className="space-y-2 rounded-lg border border-red-300 bg-red-50 p-3"
      onSubmit={(e) => {
        e.preventDefault();
        void request.run(() => onVote(reason.trim())).then((ok) => ok && setConfirming(false));
      }}
    >
      <p className="font-semibold text-red-900">Propose that your delegation walks away?</p>
      <p className="text-sm text-slate-700">
        The table will see the proposal. Your delegation walks away, ending the negotiation with no deal, when a
        majority of its members present agree; alone, you decide.
      </p>
      <label htmlFor="walk-away-reason" className="block text-sm font-medium">
        Why (optional)
      </label>
      <input
        id="walk-away-reason"
        value={reason}
        maxLength={500}
        onChange={(e) => setReason(e.target.value)}
        className="block w-full rounded-md border border-slate-300 px-3 py-2 text-base"
      />
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={request.pending}
          className="min-h-11 flex-1 rounded-md bg-red-700 px-3 font-semibold text-white"
        >
          Vote to walk away
        </button>
        <button
          type="button"
          onClick={() => setConfirming(false)}
          className="min-h-11 flex-1 rounded-md border border-slate-300 bg-white px-3"
        >
          Cancel
        </button>
      </div>
      <RequestMessage message={request.message} />
    </form>
  );
}
