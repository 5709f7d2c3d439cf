-- CreateEnum
CREATE TYPE "Delegation" AS ENUM ('US', 'DPRK', 'CHINA');

-- CreateEnum
CREATE TYPE "Phase" AS ENUM ('lobby', 'reading', 'opening', 'negotiation', 'final_proposals', 'signing', 'debrief');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('lobby', 'running', 'ended', 'archived');

-- CreateEnum
CREATE TYPE "AssignmentMode" AS ENUM ('auto', 'teacher', 'choice');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('join', 'leave', 'message', 'announcement', 'position', 'proposal', 'response', 'withdrawal', 'walk_away', 'signed', 'phase');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('open', 'superseded', 'withdrawn', 'signed');

-- CreateTable
CREATE TABLE "Teacher" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Teacher_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "joinCode" TEXT,
    "status" "SessionStatus" NOT NULL DEFAULT 'lobby',
    "assignmentMode" "AssignmentMode" NOT NULL DEFAULT 'auto',
    "joinLocked" BOOLEAN NOT NULL DEFAULT false,
    "phaseDurations" JSONB NOT NULL,
    "weights" JSONB,
    "articleText" TEXT,
    "articleUrl" TEXT,
    "retentionDays" INTEGER,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionTable" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "phase" "Phase" NOT NULL DEFAULT 'lobby',
    "phaseStartedAt" TIMESTAMP(3),
    "phaseEndsAt" TIMESTAMP(3),
    "pausedRemainingMs" INTEGER,
    "signedProposalId" TEXT,

    CONSTRAINT "SessionTable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "tableId" TEXT,
    "delegation" "Delegation",
    "displayName" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "tokenNonce" TEXT NOT NULL,
    "resumeCode" TEXT,
    "isComputer" BOOLEAN NOT NULL DEFAULT false,
    "kickedAt" TIMESTAMP(3),
    "mutedUntil" TIMESTAMP(3),
    "comment" TEXT,
    "grade" TEXT,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3),

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "tableId" TEXT,
    "kind" "EventKind" NOT NULL,
    "channel" TEXT,
    "participantId" TEXT,
    "teacherId" TEXT,
    "delegation" "Delegation",
    "clientId" TEXT,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "tableId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "parentId" TEXT,
    "delegation" "Delegation" NOT NULL,
    "participantId" TEXT,
    "terms" JSONB NOT NULL,
    "score" JSONB NOT NULL,
    "total" DOUBLE PRECISION NOT NULL,
    "verdict" TEXT NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'open',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalResponse" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "delegation" "Delegation" NOT NULL,
    "participantId" TEXT,
    "accept" BOOLEAN NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Position" (
    "id" TEXT NOT NULL,
    "tableId" TEXT NOT NULL,
    "delegation" "Delegation" NOT NULL,
    "version" INTEGER NOT NULL,
    "statement" TEXT NOT NULL,
    "stances" JSONB NOT NULL,
    "participantId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Teacher_email_key" ON "Teacher"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_joinCode_key" ON "Session"("joinCode");

-- CreateIndex
CREATE INDEX "Session_teacherId_createdAt_idx" ON "Session"("teacherId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SessionTable_signedProposalId_key" ON "SessionTable"("signedProposalId");

-- CreateIndex
CREATE INDEX "SessionTable_phaseEndsAt_idx" ON "SessionTable"("phaseEndsAt");

-- CreateIndex
CREATE UNIQUE INDEX "SessionTable_sessionId_number_key" ON "SessionTable"("sessionId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_resumeCode_key" ON "Participant"("resumeCode");

-- CreateIndex
CREATE INDEX "Participant_tableId_delegation_idx" ON "Participant"("tableId", "delegation");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_sessionId_nameKey_key" ON "Participant"("sessionId", "nameKey");

-- CreateIndex
CREATE INDEX "Event_tableId_seq_idx" ON "Event"("tableId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "Event_sessionId_seq_key" ON "Event"("sessionId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "Event_sessionId_clientId_key" ON "Event"("sessionId", "clientId");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_tableId_version_key" ON "Proposal"("tableId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ProposalResponse_proposalId_delegation_key" ON "ProposalResponse"("proposalId", "delegation");

-- CreateIndex
CREATE UNIQUE INDEX "Position_tableId_delegation_version_key" ON "Position"("tableId", "delegation", "version");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "Teacher"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionTable" ADD CONSTRAINT "SessionTable_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionTable" ADD CONSTRAINT "SessionTable_signedProposalId_fkey" FOREIGN KEY ("signedProposalId") REFERENCES "Proposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "SessionTable"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "SessionTable"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "SessionTable"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Proposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalResponse" ADD CONSTRAINT "ProposalResponse_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalResponse" ADD CONSTRAINT "ProposalResponse_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "SessionTable"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;
