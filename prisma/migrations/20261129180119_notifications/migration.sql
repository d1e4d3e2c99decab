-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('REQUEST_RECEIVED', 'REQUEST_ACCEPTED', 'REQUEST_DECLINED', 'MATCH_ENDED', 'NEW_MESSAGE', 'MATCHED_BY_PROGRAM', 'PASSWORD_CHANGED', 'DELETION_SCHEDULED');

-- DropIndex
DROP INDEX "chat_messages_recipientId_idx";

-- AlterTable
ALTER TABLE "chat_messages" ADD COLUMN     "readAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "body" VARCHAR(1000) NOT NULL,
    "link" VARCHAR(500) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),
    "emailPendingAt" TIMESTAMPTZ(3),
    "emailSentAt" TIMESTAMPTZ(3),

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_email_opt_outs" (
    "userId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_email_opt_outs_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateIndex
CREATE INDEX "notifications_userId_createdAt_idx" ON "notifications"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "notifications_userId_kind_link_idx" ON "notifications"("userId", "kind", "link");

-- CreateIndex
CREATE INDEX "notifications_emailPendingAt_idx" ON "notifications"("emailPendingAt");

-- CreateIndex
CREATE INDEX "chat_messages_recipientId_readAt_idx" ON "chat_messages"("recipientId", "readAt");

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("userID") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_email_opt_outs" ADD CONSTRAINT "notification_email_opt_outs_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("userID") ON DELETE CASCADE ON UPDATE CASCADE;

