-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('MENTEE', 'MENTOR', 'ADMIN');

-- CreateTable
CREATE TABLE "users" (
    "userID" UUID NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "password" VARCHAR(128) NOT NULL,
    "firstName" VARCHAR(50) NOT NULL DEFAULT '',
    "lastName" VARCHAR(50) NOT NULL DEFAULT '',
    "role" "Role" NOT NULL DEFAULT 'MENTEE',
    "profilePictureUrl" VARCHAR(500) NOT NULL DEFAULT '',
    "year" SMALLINT,
    "major" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "minor" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "international" BOOLEAN NOT NULL DEFAULT false,
    "commuter" BOOLEAN NOT NULL DEFAULT false,
    "firstgen" BOOLEAN NOT NULL DEFAULT false,
    "outofstate" BOOLEAN NOT NULL DEFAULT false,
    "transfer" BOOLEAN NOT NULL DEFAULT false,
    "otherBackground" VARCHAR(500) NOT NULL DEFAULT '',
    "hobbies" VARCHAR(500) NOT NULL DEFAULT '',
    "clubs" VARCHAR(500) NOT NULL DEFAULT '',
    "goals" VARCHAR(1000) NOT NULL DEFAULT '',
    "isMatched" BOOLEAN NOT NULL DEFAULT false,
    "matchedMentorId" UUID,
    "isDeleted" BOOLEAN NOT NULL DEFAULT false,
    "deletionRequestedDate" TIMESTAMP(3),
    "permanentDeletionDate" TIMESTAMP(3),
    "isVerified" BOOLEAN NOT NULL DEFAULT false,
    "emailVerificationToken" VARCHAR(64),
    "emailVerificationSentAt" TIMESTAMP(3),
    "passwordResetToken" VARCHAR(64),
    "passwordResetSentAt" TIMESTAMP(3),
    "passwordChangedAt" TIMESTAMP(3),
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "isStaff" BOOLEAN NOT NULL DEFAULT false,
    "isSuperuser" BOOLEAN NOT NULL DEFAULT false,
    "dateJoined" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastLogin" TIMESTAMP(3),

    CONSTRAINT "users_pkey" PRIMARY KEY ("userID")
);

-- CreateTable
CREATE TABLE "accounts" (
    "userId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("provider","providerAccountId")
);

-- CreateTable
CREATE TABLE "sessions" (
    "sessionToken" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "verification_tokens" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "verification_tokens_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "users_emailVerificationToken_key" ON "users"("emailVerificationToken");

-- CreateIndex
CREATE UNIQUE INDEX "users_passwordResetToken_key" ON "users"("passwordResetToken");

-- CreateIndex
CREATE INDEX "users_isDeleted_permanentDeletionDate_idx" ON "users"("isDeleted", "permanentDeletionDate");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_sessionToken_key" ON "sessions"("sessionToken");

-- CreateIndex
CREATE INDEX "sessions_userId_idx" ON "sessions"("userId");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_matchedMentorId_fkey" FOREIGN KEY ("matchedMentorId") REFERENCES "users"("userID") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("userID") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("userID") ON DELETE CASCADE ON UPDATE CASCADE;


-- Rules Prisma's schema language cannot express, kept by hand. A trigger rather than CHECK
-- constraints: Prisma's WASM schema engine cannot introspect CHECK constraints (it panics), and
-- the drift check introspects a shadow database built from these migrations.
CREATE FUNCTION "users_enforce_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."email" <> lower(btrim(NEW."email")) THEN
    RAISE EXCEPTION 'users.email must be trimmed and lower-case' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."year" IS NOT NULL AND (NEW."year" < 0 OR NEW."year" > 5) THEN
    RAISE EXCEPTION 'users.year must be between 0 and 5' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "users_enforce_rules" BEFORE INSERT OR UPDATE ON "users"
  FOR EACH ROW EXECUTE FUNCTION "users_enforce_rules"();
