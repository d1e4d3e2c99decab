-- Every timestamp becomes `timestamptz`, so comparisons with now() (the purge) and any SQL client
-- give the same answers whatever the session's TimeZone. The app has always written UTC wall-clock
-- values into the `timestamp` columns, so each one is read as UTC while converting.

-- AlterTable
ALTER TABLE "accounts" ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';

-- AlterTable
ALTER TABLE "blacklist_entries" ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC';

-- AlterTable
ALTER TABLE "chat_messages" ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC';

-- AlterTable
ALTER TABLE "compatibility_scores" ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';

-- AlterTable
ALTER TABLE "mentorship_requests" ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
ALTER COLUMN "decidedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "decidedAt" AT TIME ZONE 'UTC';

-- AlterTable
ALTER TABLE "rate_limits" DROP CONSTRAINT "rate_limits_pkey",
ALTER COLUMN "windowStart" SET DATA TYPE TIMESTAMPTZ(3) USING "windowStart" AT TIME ZONE 'UTC',
ADD CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key", "windowStart");

-- AlterTable
ALTER TABLE "sessions" ALTER COLUMN "expires" SET DATA TYPE TIMESTAMPTZ(3) USING "expires" AT TIME ZONE 'UTC',
ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';

-- AlterTable
ALTER TABLE "users" ALTER COLUMN "deletionRequestedDate" SET DATA TYPE TIMESTAMPTZ(3) USING "deletionRequestedDate" AT TIME ZONE 'UTC',
ALTER COLUMN "permanentDeletionDate" SET DATA TYPE TIMESTAMPTZ(3) USING "permanentDeletionDate" AT TIME ZONE 'UTC',
ALTER COLUMN "emailVerificationSentAt" SET DATA TYPE TIMESTAMPTZ(3) USING "emailVerificationSentAt" AT TIME ZONE 'UTC',
ALTER COLUMN "passwordResetSentAt" SET DATA TYPE TIMESTAMPTZ(3) USING "passwordResetSentAt" AT TIME ZONE 'UTC',
ALTER COLUMN "passwordChangedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "passwordChangedAt" AT TIME ZONE 'UTC',
ALTER COLUMN "dateJoined" SET DATA TYPE TIMESTAMPTZ(3) USING "dateJoined" AT TIME ZONE 'UTC',
ALTER COLUMN "lastLogin" SET DATA TYPE TIMESTAMPTZ(3) USING "lastLogin" AT TIME ZONE 'UTC',
ALTER COLUMN "matchedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "matchedAt" AT TIME ZONE 'UTC';

-- AlterTable
ALTER TABLE "verification_tokens" ALTER COLUMN "expires" SET DATA TYPE TIMESTAMPTZ(3) USING "expires" AT TIME ZONE 'UTC';

