-- AlterEnum
ALTER TYPE "EventKind" ADD VALUE 'draft';

-- AlterTable
ALTER TABLE "SessionTable" ADD COLUMN     "walkedAwayAt" TIMESTAMP(3),
ADD COLUMN     "walkedAwayBy" "Delegation";
