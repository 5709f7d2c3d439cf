-- An uploaded scenario is kept as the text that was checked: jsonb reorders object keys, and a
-- scenario's order matters (terms are shown in it, a measure may use only those above it).
-- AlterTable
ALTER TABLE "TeacherScenario" ALTER COLUMN "source" SET DATA TYPE TEXT USING "source"::text;
