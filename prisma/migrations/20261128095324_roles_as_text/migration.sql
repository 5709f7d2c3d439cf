-- Delegations become a scenario's role ids: plain text instead of a database enum, so a scenario
-- brings its own roles. Each column changes type in place (not drop-and-add, which is what the
-- schema engine would write), so every existing row keeps its delegation and its indexes stay.
ALTER TABLE "Event" ALTER COLUMN "delegation" SET DATA TYPE TEXT USING "delegation"::text;
ALTER TABLE "Participant" ALTER COLUMN "delegation" SET DATA TYPE TEXT USING "delegation"::text;
ALTER TABLE "Position" ALTER COLUMN "delegation" SET DATA TYPE TEXT USING "delegation"::text;
ALTER TABLE "Proposal" ALTER COLUMN "delegation" SET DATA TYPE TEXT USING "delegation"::text;
ALTER TABLE "ProposalResponse" ALTER COLUMN "delegation" SET DATA TYPE TEXT USING "delegation"::text;
ALTER TABLE "SessionTable" ALTER COLUMN "walkedAwayBy" SET DATA TYPE TEXT USING "walkedAwayBy"::text;
ALTER TABLE "WalkAwayVote" ALTER COLUMN "delegation" SET DATA TYPE TEXT USING "delegation"::text;

DROP TYPE "Delegation";
