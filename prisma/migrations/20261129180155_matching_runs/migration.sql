-- CreateEnum
CREATE TYPE "MatchingRunStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'DISCARDED');

-- CreateTable
CREATE TABLE "matching_runs" (
    "id" UUID NOT NULL,
    "status" "MatchingRunStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,
    "createdByEmail" VARCHAR(254) NOT NULL,
    "pins" JSONB NOT NULL DEFAULT '[]',
    "forbids" JSONB NOT NULL DEFAULT '[]',
    "pairs" JSONB NOT NULL DEFAULT '[]',
    "unmatched" JSONB NOT NULL DEFAULT '[]',
    "menteeCount" INTEGER NOT NULL,
    "pairCount" INTEGER NOT NULL,
    "totalScore" INTEGER NOT NULL,
    "solveSeconds" DOUBLE PRECISION NOT NULL,
    "previousRunId" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "decidedByEmail" VARCHAR(254),
    "publishedCount" INTEGER,
    "skipped" JSONB,

    CONSTRAINT "matching_runs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "matching_runs_createdAt_idx" ON "matching_runs"("createdAt");

-- CreateIndex
CREATE INDEX "matching_runs_previousRunId_idx" ON "matching_runs"("previousRunId");

-- AddForeignKey
ALTER TABLE "matching_runs" ADD CONSTRAINT "matching_runs_previousRunId_fkey" FOREIGN KEY ("previousRunId") REFERENCES "matching_runs"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- At most one open draft (lib/matching/cohort/runs/create-run.ts discards the previous one in the
-- same transaction that inserts the new one); a backstop for the advisory lock there.
CREATE UNIQUE INDEX "matching_runs_one_draft" ON "matching_runs" ((true)) WHERE "status" = 'DRAFT';
