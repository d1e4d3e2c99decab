-- Issue 13: compatibility scores are computed from the profiles (no mentee × mentor table); the
-- purge finds rate-limit windows by an indexed address and cascades to accounts by an index; the
-- suggestions' eligible mentors come from an index.

-- DropForeignKey
ALTER TABLE "compatibility_scores" DROP CONSTRAINT "compatibility_scores_menteeId_fkey";

-- DropForeignKey
ALTER TABLE "compatibility_scores" DROP CONSTRAINT "compatibility_scores_mentorId_fkey";

-- AlterTable
ALTER TABLE "rate_limits" ADD COLUMN     "email" VARCHAR(254);

-- Existing windows: the address is the key's last ':'-separated part when it has an '@'
-- ("login-account:<address>", "email:<ip>:<address>"), as lib/rate-limit.ts writes it from now on.
UPDATE "rate_limits" SET "email" = substring("key" from ':([^:]*@[^:]*)$') WHERE "key" ~ ':[^:]*@[^:]*$';

-- DropTable
DROP TABLE "compatibility_scores";

-- CreateIndex
CREATE INDEX "accounts_userId_idx" ON "accounts"("userId");

-- CreateIndex
CREATE INDEX "rate_limits_email_idx" ON "rate_limits"("email");

-- CreateIndex
CREATE INDEX "users_role_isVerified_isDeleted_isActive_idx" ON "users"("role", "isVerified", "isDeleted", "isActive");

