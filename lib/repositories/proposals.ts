import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { DELEGATIONS, type SummitEvent } from "@/lib/realtime/events";
import { scoreDeal } from "@/lib/scoring/score";
import { delegationChannel, FLOOR } from "@/lib/session/channels";
import { canPropose, canRespond, type PhaseDurations } from "@/lib/session/phases";
import { parseDeal } from "@/lib/validations/deal";
import { appendEvent, lockSession, spoken } from "./events";
import type { Speaker } from "./messages";
import { writeOnce } from "./once";

/** A table that signed or walked away takes no more deals. */
function refuseIfSettled(table: { signedProposalId: string | null; walkedAwayAt: Date | null }) {
  if (table.signedProposalId) throw new UserError("Your table has already signed a deal.");
  if (table.walkedAwayAt) throw new UserError("Your table has walked away: no deal can be made now.");
}

/** A delegation puts a deal on the table; it replaces any deal still open there. */
export function proposeDeal(db: Db, speaker: Speaker, input: { clientId: string; terms: Record<string, unknown> }) {
  const parsed = parseDeal(input.terms);
  if (!parsed.ok) throw new UserError(parsed.error);
  return writeOnce(db, speaker.sessionId, input.clientId, speaker, async (tx) => {
    await lockSession(tx, speaker.sessionId);
    const table = await tx.sessionTable.findUniqueOrThrow({ where: { id: speaker.tableId }, include: { session: { select: { weights: true } } } });
    if (!canPropose(table.phase)) throw new UserError("Deals can be proposed only while the table is negotiating.");
    refuseIfSettled(table);
    const score = scoreDeal(parsed.deal, (table.session.weights ?? undefined) as Record<string, number> | undefined);
    const last = await tx.proposal.findFirst({ where: { tableId: table.id }, orderBy: { version: "desc" }, select: { id: true, version: true } });
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
      await appendEvent(tx, { ...spoken(speaker, input.clientId), kind: "proposal", channel: FLOOR, payload: { proposalId: proposal.id, version: proposal.version, terms: parsed.deal, score } }),
    ];
  });
}

/**
 * Another delegation accepts or rejects the open deal. The proposer counts as accepting its own
 * deal, so the deal is signed when the two others accept it.
 */
export function respondToDeal(
  db: Db,
  speaker: Speaker,
  input: { clientId: string; proposalId: string; accept: boolean; reason?: string | undefined },
) {
  return writeOnce(db, speaker.sessionId, input.clientId, speaker, async (tx) => {
    await lockSession(tx, speaker.sessionId);
    const proposal = await tx.proposal.findUnique({
      where: { id: input.proposalId },
      include: { table: { select: { phase: true, signedProposalId: true, walkedAwayAt: true, session: { select: { phaseDurations: true } } } } },
    });
    if (!proposal || proposal.tableId !== speaker.tableId) throw new UserError("There is no such deal at your table.");
    const durations = proposal.table.session.phaseDurations as PhaseDurations;
    if (!canRespond(proposal.table.phase, durations)) {
      throw new UserError(durations.signing > 0 ? "Deals are accepted or rejected in the signing phase." : "Deals can be accepted or rejected only while the table is negotiating.");
    }
    refuseIfSettled(proposal.table);
    if (proposal.status !== "open") throw new UserError(`Version ${proposal.version} is no longer open: answer the deal on the table now.`);
    if (proposal.delegation === speaker.delegation) throw new UserError("Your delegation proposed this deal; the other delegations answer it.");
    const reason = input.reason || undefined;
    await tx.proposalResponse.upsert({
      where: { proposalId_delegation: { proposalId: proposal.id, delegation: speaker.delegation } },
      create: { proposalId: proposal.id, delegation: speaker.delegation, participantId: speaker.participantId, accept: input.accept, reason },
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
        payload: { proposalId: proposal.id, version: proposal.version, accept: input.accept, ...(reason ? { reason } : {}) },
      }),
    ];
    const responses = await tx.proposalResponse.findMany({ where: { proposalId: proposal.id, accept: true }, select: { delegation: true } });
    const accepted = new Set([proposal.delegation, ...responses.map((r) => r.delegation)]);
    if (DELEGATIONS.every((d) => accepted.has(d))) {
      await tx.proposal.update({ where: { id: proposal.id }, data: { status: "signed" } });
      await tx.sessionTable.update({ where: { id: proposal.tableId }, data: { signedProposalId: proposal.id } });
      events.push(
        await appendEvent(tx, {
          ...common,
          kind: "signed",
          payload: { proposalId: proposal.id, version: proposal.version, total: proposal.total, verdict: proposal.verdict as "sign" | "walk_away" },
        }),
      );
    }
    return events;
  });
}

/** The proposing delegation takes its open version off the table. */
export function withdrawDeal(db: Db, speaker: Speaker, input: { clientId: string; proposalId: string }) {
  return writeOnce(db, speaker.sessionId, input.clientId, speaker, async (tx) => {
    await lockSession(tx, speaker.sessionId);
    const proposal = await tx.proposal.findUnique({ where: { id: input.proposalId } });
    if (!proposal || proposal.tableId !== speaker.tableId) throw new UserError("There is no such deal at your table.");
    if (proposal.delegation !== speaker.delegation) throw new UserError("Only the delegation that proposed a deal can withdraw it.");
    if (proposal.status !== "open") throw new UserError(`Version ${proposal.version} is no longer on the table.`);
    await tx.proposal.update({ where: { id: proposal.id }, data: { status: "withdrawn" } });
    return [
      await appendEvent(tx, { ...spoken(speaker, input.clientId), kind: "withdrawal", channel: FLOOR, payload: { proposalId: proposal.id, version: proposal.version } }),
    ];
  });
}

/** A delegation declares that it walks away: the table makes no deal. */
export function walkAway(db: Db, speaker: Speaker, input: { clientId: string; reason?: string | undefined }) {
  return writeOnce(db, speaker.sessionId, input.clientId, speaker, async (tx) => {
    await lockSession(tx, speaker.sessionId);
    const table = await tx.sessionTable.findUniqueOrThrow({ where: { id: speaker.tableId } });
    if (table.phase === "lobby" || table.phase === "reading" || table.phase === "debrief") throw new UserError("A delegation can walk away only while the table negotiates.");
    refuseIfSettled(table);
    await tx.sessionTable.update({ where: { id: table.id }, data: { walkedAwayAt: new Date(), walkedAwayBy: speaker.delegation } });
    await tx.proposal.updateMany({ where: { tableId: table.id, status: "open" }, data: { status: "withdrawn" } });
    return [
      await appendEvent(tx, { ...spoken(speaker, input.clientId), kind: "walk_away", channel: FLOOR, payload: input.reason ? { reason: input.reason } : {} }),
    ];
  });
}

/** A draft shown only inside the delegation, scored as if it were proposed. */
export function shareDraft(db: Db, speaker: Speaker, input: { clientId: string; terms: Record<string, unknown> }) {
  const parsed = parseDeal(input.terms);
  if (!parsed.ok) throw new UserError(parsed.error);
  return writeOnce(db, speaker.sessionId, input.clientId, speaker, async (tx) => {
    await lockSession(tx, speaker.sessionId);
    const table = await tx.sessionTable.findUniqueOrThrow({ where: { id: speaker.tableId }, include: { session: { select: { weights: true } } } });
    if (table.phase === "lobby" || table.phase === "debrief") throw new UserError("Drafts are shared while the session runs.");
    const score = scoreDeal(parsed.deal, (table.session.weights ?? undefined) as Record<string, number> | undefined);
    return [
      await appendEvent(tx, { ...spoken(speaker, input.clientId), kind: "draft", channel: delegationChannel(speaker.delegation), payload: { terms: parsed.deal, score } }),
    ];
  });
}
