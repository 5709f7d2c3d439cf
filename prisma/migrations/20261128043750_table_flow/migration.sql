-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "EventKind" ADD VALUE 'walk_threat';
ALTER TYPE "EventKind" ADD VALUE 'walk_cancel';

-- AlterTable
ALTER TABLE "SessionTable" ADD COLUMN     "pausedBy" TEXT;

-- CreateTable
CREATE TABLE "WalkAwayVote" (
    "id" TEXT NOT NULL,
    "tableId" TEXT NOT NULL,
    "delegation" "Delegation" NOT NULL,
    "participantId" TEXT NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WalkAwayVote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WalkAwayVote_tableId_delegation_participantId_key" ON "WalkAwayVote"("tableId", "delegation", "participantId");

-- AddForeignKey
ALTER TABLE "WalkAwayVote" ADD CONSTRAINT "WalkAwayVote_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "SessionTable"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WalkAwayVote" ADD CONSTRAINT "WalkAwayVote_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
