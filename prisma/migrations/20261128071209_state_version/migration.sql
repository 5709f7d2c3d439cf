-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "stateVersion" INTEGER NOT NULL DEFAULT 0;
