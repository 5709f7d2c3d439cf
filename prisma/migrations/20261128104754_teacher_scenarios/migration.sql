-- CreateTable
CREATE TABLE "TeacherScenario" (
    "id" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "source" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeacherScenario_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TeacherScenario_teacherId_createdAt_idx" ON "TeacherScenario"("teacherId", "createdAt");

-- AddForeignKey
ALTER TABLE "TeacherScenario" ADD CONSTRAINT "TeacherScenario_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "Teacher"("id") ON DELETE CASCADE ON UPDATE CASCADE;
