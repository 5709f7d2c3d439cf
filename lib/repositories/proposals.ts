import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import type { SummitEvent } from "@/lib/domain/events";
import { scoreDealFor, type ScenarioWeights } from "@/lib/scoring/engine";
import { delegationChannel, FLOOR } from "@/lib/domain/channels";
import { parseDealFor } from "@/lib/validations/deal";
import { roleIds } from "@/lib/domain/names";
import { answerRefusal, isSigned, walkAwayVotesNeeded, withdrawRefusal } from "@/lib/domain/deals";
import { appendEvent, spoken } from "./events";
import { writeOnce } from "./once";
import { scenarioFor } from "./scenarios";
import { openTable, type Speaker } from "./open-table";
import { stopClockOnSettle } from "./rounds";

/** A delegation puts a deal on the table; it replaces any deal still open there. */
export async function proposeDeal(
  db: Db,
  speaker: Speaker,
  input: { clientId: string; terms: Record<string, unknown> },
) {
  const scenario = await scenarioFor(db, speaker.scenarioId);
  const parsed = parseDealFor(scenario, input.terms);
  if (!parsed.ok) throw new UserError(parsed.error);
  return writeOnce(
    db,
    { sessionId: speaker.sessionId, clientId: input.clientId, author: speaker, kinds: ["proposal"] },
    async (tx) => {
      const table = await openTable(tx, speaker, "propose");
      const score = scoreDealFor(
        scenario,
        parsed.deal,
        (table.session.weights ?? undefined) as ScenarioWeights | undefined,
      );
      const last = await tx.proposal.findFirst({
        where: { tableId: table.id },
        orderBy: { version: "desc" },
        select: { id: true, version: true },
      });
      await tx.proposal.updateMany({ where: { tableId: table.id, status: "open" }, data: { status: "superseded" } });
      const proposal = await tx.proposal.create({
        data: {
          sessionId: speaker.sessionId,
          tableId: table.id,
          version: (last?.version ?? 0) + 1,
          parentId: last?.id ?? null,
          delegation: speaker.delegation,
          participantId: speaker.participantId,
          terms: parsed.deal as Prisma.InputJsonValue,
          score: score as unknown as Prisma.InputJsonValue,
          total: score.total,
          verdict: score.verdict,
        },
      });
      return [
        await appendEvent(tx, {
          ...spoken(speaker, input.clientId),
          kind: "proposal",
          channel: FLOOR,
          payload: { proposalId: proposal.id, version: proposal.version, terms: parsed.deal, score },
        }),
      ];
    },
  );
}

/**
 * Another delegation accepts or rejects the open deal. The proposer counts as accepting its own
 * deal, so the deal is signed the moment the others have all accepted it, and the table's clock stops.
 */
export function respondToDeal(
  db: Db,
  speaker: Speaker,
  input: { clientId: string; proposalId: string; accept: boolean; reason?: string | undefined },
) {
  return writeOnce(
    db,
    { sessionId: speaker.sessionId, clientId: input.clientId, author: speaker, kinds: ["response"] },
    async (tx) => {
      await openTable(tx, speaker, "respond");
      const found = await tx.proposal.findUnique({ where: { id: input.proposalId } });
      const refused = answerRefusal(found, speaker);
      if (refused || !found) throw new UserError(refused ?? "There is no such deal at your table.");
      const proposal = found;
      const reason = input.reason || undefined;
      await tx.proposalResponse.upsert({
        where: { proposalId_delegation: { proposalId: proposal.id, delegation: speaker.delegation } },
        create: {
          proposalId: proposal.id,
          delegation: speaker.delegation,
          participantId: speaker.participantId,
          accept: input.accept,
          reason,
        },
        update: { participantId: speaker.participantId, accept: input.accept, reason: reason ?? null },
      });
      const common = { sessionId: speaker.sessionId, tableId: proposal.tableId, channel: FLOOR } as const;
      const events: SummitEvent[] = [
        await appendEvent(tx, {
          ...common,
          kind: "response",
          participantId: speaker.participantId,
          delegation: speaker.delegation,
          clientId: input.clientId,
          payload: {
            proposalId: proposal.id,
            version: proposal.version,
            accept: input.accept,
            ...(reason ? { reason } : {}),
          },
        }),
      ];
      const responses = await tx.proposalResponse.findMany({
        where: { proposalId: proposal.id, accept: true },
        select: { delegation: true },
      });
      if (
        isSigned(
          proposal.delegation,
          responses.map((r) => r.delegation),
          roleIds((await scenarioFor(tx, speaker.scenarioId)).roles),
        )
      ) {
        await tx.proposal.update({ where: { id: proposal.id }, data: { status: "signed" } });
        await tx.sessionTable.update({ where: { id: proposal.tableId }, data: { signedProposalId: proposal.id } });
        events.push(
          await appendEvent(tx, {
            ...common,
            kind: "signed",
            payload: {
              proposalId: proposal.id,
              version: proposal.version,
              total: proposal.total,
              verdict: proposal.verdict as "sign" | "walk_away",
            },
          }),
        );
        const stopped = await stopClockOnSettle(tx, proposal.tableId);
        if (stopped) events.push(stopped);
      }
      return events;
    },
  );
}

/** The proposing delegation takes its open version off the table. */
export function withdrawDeal(db: Db, speaker: Speaker, input: { clientId: string; proposalId: string }) {
  return writeOnce(
    db,
    { sessionId: speaker.sessionId, clientId: input.clientId, author: speaker, kinds: ["withdrawal"] },
    async (tx) => {
      await openTable(tx, speaker, "withdraw");
      const proposal = await tx.proposal.findUnique({ where: { id: input.proposalId } });
      const refused = withdrawRefusal(proposal, speaker);
      if (refused || !proposal) throw new UserError(refused ?? "There is no such deal at your table.");
      await tx.proposal.update({ where: { id: proposal.id }, data: { status: "withdrawn" } });
      return [
        await appendEvent(tx, {
          ...spoken(speaker, input.clientId),
          kind: "withdrawal",
          channel: FLOOR,
          payload: { proposalId: proposal.id, version: proposal.version },
        }),
      ];
    },
  );
}

/**
 * A member votes for their delegation to walk away. It walks away once a majority of the
 * delegation's members present now (`present`, counted by the caller from live connections) have
 * voted; until then the table sees the threat and how many votes it still needs.
 */
export function voteWalkAway(
  db: Db,
  speaker: Speaker,
  input: { clientId: string; reason?: string | undefined },
  present: number,
) {
  return writeOnce(
    db,
    { sessionId: speaker.sessionId, clientId: input.clientId, author: speaker, kinds: ["walk_threat", "walk_away"] },
    async (tx) => {
      const table = await openTable(tx, speaker, "walk_away");
      const where = { tableId: table.id, delegation: speaker.delegation };
      const reason = input.reason || null;
      await tx.walkAwayVote.upsert({
        where: { tableId_delegation_participantId: { ...where, participantId: speaker.participantId } },
        create: { ...where, participantId: speaker.participantId, reason },
        update: reason ? { reason } : {},
      });
      const votes = await tx.walkAwayVote.findMany({ where, orderBy: { createdAt: "asc" } });
      const needed = walkAwayVotesNeeded(present, votes.length);
      const said = reason ?? votes.find((v) => v.reason)?.reason ?? undefined;
      if (votes.length < needed) {
        return [
          await appendEvent(tx, {
            ...spoken(speaker, input.clientId),
            kind: "walk_threat",
            channel: FLOOR,
            payload: { ...(said ? { reason: said } : {}), votes: votes.length, needed },
          }),
        ];
      }
      await tx.walkAwayVote.deleteMany({ where: { tableId: table.id } });
      await tx.sessionTable.update({
        where: { id: table.id },
        data: { walkedAwayAt: new Date(), walkedAwayBy: speaker.delegation },
      });
      await tx.proposal.updateMany({ where: { tableId: table.id, status: "open" }, data: { status: "withdrawn" } });
      const events: SummitEvent[] = [
        await appendEvent(tx, {
          ...spoken(speaker, input.clientId),
          kind: "walk_away",
          channel: FLOOR,
          payload: said ? { reason: said } : {},
        }),
      ];
      const stopped = await stopClockOnSettle(tx, table.id);
      if (stopped) events.push(stopped);
      return events;
    },
  );
}

/** A member chooses to stay: their delegation's walk-away votes are cleared, and the table sees it. */
export function stayAtTable(db: Db, speaker: Speaker, input: { clientId: string }) {
  return writeOnce(
    db,
    { sessionId: speaker.sessionId, clientId: input.clientId, author: speaker, kinds: ["walk_cancel"] },
    async (tx) => {
      const table = await openTable(tx, speaker, "walk_away");
      const { count } = await tx.walkAwayVote.deleteMany({
        where: { tableId: table.id, delegation: speaker.delegation },
      });
      if (count === 0) throw new UserError("Your delegation is not voting to walk away.");
      return [
        await appendEvent(tx, { ...spoken(speaker, input.clientId), kind: "walk_cancel", channel: FLOOR, payload: {} }),
      ];
    },
  );
}

/** A draft shown only inside the delegation, scored as if it were proposed. */
export async function shareDraft(
  db: Db,
  speaker: Speaker,
  input: { clientId: string; terms: Record<string, unknown> },
) {
  const scenario = await scenarioFor(db, speaker.scenarioId);
  const parsed = parseDealFor(scenario, input.terms);
  if (!parsed.ok) throw new UserError(parsed.error);
  return writeOnce(
    db,
    { sessionId: speaker.sessionId, clientId: input.clientId, author: speaker, kinds: ["draft"] },
    async (tx) => {
      const table = await openTable(tx, speaker, "draft");
      const score = scoreDealFor(
        scenario,
        parsed.deal,
        (table.session.weights ?? undefined) as ScenarioWeights | undefined,
      );
      return [
        await appendEvent(tx, {
          ...spoken(speaker, input.clientId),
          kind: "draft",
          channel: delegationChannel(speaker.delegation),
          payload: { terms: parsed.deal, score },
        }),
      ];
    },
  );
}
