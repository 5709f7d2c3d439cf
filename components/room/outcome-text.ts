import type { Delegation } from "@/lib/domain/events";
import type { TableOutcomeView } from "@/lib/domain/room";

// Apart from the outcome's score card: the table's header needs only the sentence, and the scoring
// code behind the card then loads with the deal panel, not with the table's first view.
/** How a table settled, in a sentence; `viewer` is the reader's delegation (null for the teacher). */
export function outcomeText(
  outcome: TableOutcomeView,
  viewer: Delegation | null,
  names: Record<Delegation, string>,
): string {
  switch (outcome.kind) {
    case "signed":
      return `${viewer ? "Your table" : "The table"} signed version ${outcome.version}.`;
    case "walked_away":
      return `${outcome.delegation === viewer ? "Your delegation" : `The ${names[outcome.delegation] ?? outcome.delegation} delegation`} walked away${outcome.reason ? ` (“${outcome.reason.replace(/[.!?]+$/, "")}”)` : ""}. No deal.`;
    case "no_deal":
      return outcome.cause === "teacher"
        ? "No deal: the teacher ended the table before anything was signed."
        : "No deal: time ran out before anything was signed.";
  }
}
