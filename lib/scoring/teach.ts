// How a score reads to a student: the editorial's view of the deal, not advice to them, and when
// the call is close, which criteria decide it. The scoring contract (sign / walk_away) is untouched.
import { joinList } from "@/lib/scenario/template";
import type { ScoreResult } from "./summary";

/** Within this many points of walking away, a verdict is a close call. */
export const CLOSE_CALL_POINTS = 3;

export const editorialView = (verdict: ScoreResult["verdict"]) =>
  verdict === "sign" ? "The editorial would sign" : "The editorial would walk away";

/**
 * Null unless the total is within CLOSE_CALL_POINTS of the baseline and no red line settles it;
 * otherwise a sentence naming the two criteria that move the total most against walking away.
 */
export function closeCall(score: ScoreResult, noDeal: ReadonlyMap<string, number>): string | null {
  const margin = score.total - score.baseline;
  if (score.redLine || Math.abs(margin) > CLOSE_CALL_POINTS) return null;
  const deciding = score.criteria
    .map((c) => ({
      title: c.title.charAt(0).toLowerCase() + c.title.slice(1),
      impact: c.weight * (c.score - (noDeal.get(c.id) ?? 0)),
    }))
    .filter((c) => c.impact !== 0)
    .sort((a, b) => Math.abs(b.impact) - Math.abs(a.impact))
    .slice(0, 2)
    .map((c) => c.title);
  if (deciding.length === 0) return null; // nothing differs from walking away: no call to make
  const amount = Math.abs(margin).toFixed(1);
  const points = `${amount} ${amount === "1.0" ? "point" : "points"}`;
  const side = margin > 0 ? `${points} above` : margin < 0 ? `${points} below` : "level with";
  return `A close call: ${side} walking away, decided by ${joinList(deciding, "and")}.`;
}
