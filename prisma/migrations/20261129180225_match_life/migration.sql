-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "RequestStatus" ADD VALUE 'ENDED';
ALTER TYPE "RequestStatus" ADD VALUE 'CLOSED';

-- AlterTable
ALTER TABLE "mentorship_requests" ADD COLUMN     "endReason" VARCHAR(500) NOT NULL DEFAULT '',
ADD COLUMN     "endedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "acceptingMentees" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "menteeCapacity" SMALLINT;


-- A mentor's own capacity is at least 1; its upper bound is MAX_MENTEES (a setting, checked by the
-- app in lib/matching/mentor-settings.ts), never above the setting's own limit of 100. Kept in the
-- rules trigger of the first migration (the WASM schema engine panics on CHECK constraints).
CREATE OR REPLACE FUNCTION "users_enforce_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."email" <> lower(btrim(NEW."email")) THEN
    RAISE EXCEPTION 'users.email must be trimmed and lower-case' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."year" IS NOT NULL AND (NEW."year" < 0 OR NEW."year" > 5) THEN
    RAISE EXCEPTION 'users.year must be between 0 and 5' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."menteeCapacity" IS NOT NULL AND (NEW."menteeCapacity" < 1 OR NEW."menteeCapacity" > 100) THEN
    RAISE EXCEPTION 'users.menteeCapacity must be between 1 and 100' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
