import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getEnv, hoursToMs } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { removeRelationships } from "@/lib/matching/remove-relationships";
import { deletionScheduled } from "@/lib/notifications/events";
import { deliverNotificationEmails, notify } from "@/lib/notifications/notify";
import { lockedTransaction } from "@/lib/transaction";
import { normalizeEmail } from "./email";

export interface RequestAccountDeletionOptions {
  /** From the session. */
  userId: string;
  /** Must equal the account's email (compared trimmed and case-insensitively). */
  confirmation: unknown;
  /** Kept in the audit log. */
  ip?: string | null;
}

/**
 * Soft-deletes an account (`User.request_deletion`): flags it, schedules the purge after
 * ACCOUNT_RECOVERY_GRACE_PERIOD hours, removes its matches, requests and messages, and
 * revokes every session, and writes the audit entry — all in one transaction.
 */
export async function requestAccountDeletion({ userId, confirmation, ip = null }: RequestAccountDeletionOptions): Promise<{ permanentDeletionDate: Date }> {
  // lockedTransaction: the clean-up writes other users' rows and may deadlock with a parallel accept; it is retried.
  const scheduled = await lockedTransaction(async (tx) => {
    const [user] = await tx.$queryRaw<{ email: string; isDeleted: boolean }[]>`
      SELECT "email", "isDeleted" FROM "users" WHERE "userID" = ${userId}::uuid FOR UPDATE`;
    if (!user) throw new AppError("NOT_FOUND", "User not found");
    if (typeof confirmation !== "string" || normalizeEmail(confirmation) !== user.email) {
      const message = "Type your account's email address exactly to confirm";
      throw AppError.invalid(message, { confirmation: [message] });
    }
    if (user.isDeleted) throw new AppError("CONFLICT", "This account is already scheduled for deletion");

    const now = new Date();
    const permanentDeletionDate = new Date(now.getTime() + hoursToMs(getEnv().ACCOUNT_RECOVERY_GRACE_PERIOD));
    await removeRelationships(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { isDeleted: true, deletionRequestedDate: now, permanentDeletionDate } });
    await tx.session.deleteMany({ where: { userId } });
    const account = { id: userId, email: user.email };
    await recordAuditEvent(tx, { actor: account, action: "deletion.request", target: account, details: { permanent_deletion_date: permanentDeletionDate.toISOString() }, ip });
    await notify(tx, { userId, ...deletionScheduled(permanentDeletionDate) });
    return { permanentDeletionDate };
  });
  deliverNotificationEmails();
  return scheduled;
}
