import { createHmac } from "node:crypto";
import type { Db } from "@/lib/db";
import type { SummitEvent } from "@/lib/domain/events";
import { sendMessage, type Speaker } from "@/lib/repositories/messages";
import { publishPosition } from "@/lib/repositories/positions";
import { proposeDeal, respondToDeal } from "@/lib/repositories/proposals";
import type { ScenarioDeal } from "@/lib/scenario/deal";
import { privateOf } from "@/lib/domain/briefs";
import { sessionScenario } from "@/lib/repositories/scenarios";
import { canPropose, canRespond } from "@/lib/domain/phases";
import { decide } from "./negotiator";
import { computersAt, hasAnswered, openVersion, proposalsBy } from "@/lib/repositories/computers";

type Deps = {
  db: Db;
  secret: string;
  publish: (sessionId: string, events: SummitEvent[]) => void;
  log: (message: string, error?: unknown) => void;
  delayMs: number;
};

/**
 * The computer's request id for what it answers: derived (so two triggers, or two servers, write
 * once) but keyed with the server's secret, so no student can guess it and take it first.
 */
export const botClientId = (secret: string, ...parts: string[]) =>
  `bot-${createHmac("sha256", secret).update(parts.join(":")).digest("base64url")}`;

/**
 * Plays the computer delegations: after each committed event at a table with one, it looks at
 * the table as it is now and acts through the same repositories students use. Its client ids
 * derive from the event it answers, so a second server reacting to the same event changes nothing.
 */
export function createBotRunner(deps: Deps) {
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;

  const act = async (sessionId: string, event: SummitEvent) => {
    const tableId = event.tableId;
    if (!tableId) return;
    const found = await computersAt(deps.db, tableId);
    if (!found) return;
    const { computers: bots, table } = found;
    const scenario = await sessionScenario(deps.db, sessionId);
    // A paused or settled table takes nothing; the resume's phase event brings the computer back.
    if (table.pausedRemainingMs !== null || table.signedProposalId || table.walkedAwayAt) return;
    for (const bot of bots) {
      if (!bot.delegation || (event.author && "participantId" in event.author && event.author.participantId === bot.id))
        continue;
      const speaker: Speaker = {
        sessionId,
        scenarioId: scenario.id,
        participantId: bot.id,
        tableId,
        delegation: bot.delegation,
      };
      const own = privateOf(scenario, bot.delegation);
      // Ids derive from what is answered, so two triggers for one deal (or two servers) write once.
      const clientId = botClientId(deps.secret, event.id, bot.id);
      const run = async (write: Promise<{ fresh: SummitEvent[] }>) => deps.publish(sessionId, (await write).fresh);
      const entered = event.kind === "phase" && ["start", "skip", "deadline"].includes(event.payload.reason);
      if (entered && event.payload.phase === "opening") {
        const goals = own.brief.goals;
        await run(publishPosition(deps.db, speaker, { clientId, statement: goals.slice(0, 2).join(" "), stances: {} }));
        continue;
      }
      if (event.kind !== "proposal" && !(event.kind === "phase" && canRespond(table.phase))) continue;
      const open = await openVersion(deps.db, tableId);
      if (!open || open.delegation === bot.delegation) continue;
      if (await hasAnswered(deps.db, open.id, bot.delegation)) continue;
      const answerId = botClientId(deps.secret, open.id, bot.id);
      const decision = decide(
        {
          payoffs: own.payoffs,
          proposal: { version: open.version, terms: open.terms as ScenarioDeal, delegation: open.delegation },
          canAnswer: canRespond(table.phase),
          canCounter: canPropose(table.phase),
          countersSoFar: await proposalsBy(deps.db, tableId, bot.id),
        },
        scenario,
      );
      const phaseKey = decision.kind === "say" ? "" : `-${table.phase.slice(0, 4)}`;
      await run(
        sendMessage(deps.db, speaker, {
          clientId: `${answerId}${phaseKey}-m`,
          text: decision.message,
          channel: "floor",
        }),
      );
      if (decision.kind === "accept" || decision.kind === "reject") {
        await run(
          respondToDeal(deps.db, speaker, {
            clientId: answerId,
            proposalId: open.id,
            accept: decision.kind === "accept",
            reason: decision.message.slice(0, 500),
          }),
        );
      } else if (decision.kind === "counter") {
        await run(proposeDeal(deps.db, speaker, { clientId: answerId, terms: decision.terms }));
      }
    }
  };

  return {
    onEvents(sessionId: string, events: SummitEvent[]) {
      for (const event of events) {
        if (stopped || !event.tableId || (event.kind !== "proposal" && event.kind !== "phase")) continue;
        // A pause like a person's: students see the computer "think", and a burst of events settles first.
        const timer = setTimeout(() => {
          timers.delete(timer);
          act(sessionId, event).catch((error: unknown) =>
            deps.log(`computer delegation at table ${event.tableId} could not act`, error),
          );
        }, deps.delayMs);
        timers.add(timer);
      }
    },
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
