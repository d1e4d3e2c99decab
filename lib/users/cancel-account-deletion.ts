import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authenticateUser } from "./authenticate-user";
import { limitRequestsFrom } from "./validate";

/**
 * Restores an account inside its grace period (`User.cancel_deletion`). Nothing pending is
 * INVALID_INPUT (400); a passed grace period is CONFLICT (409). The update is conditional on the
 * state it starts from (deleted, period still running), so a purge running at the same moment
 * cannot race it; only when it changed nothing is the row read to say why, so of two cancels at
 * once the second hears "nothing pending", not "grace period over".
 */
export async function cancelAccountDeletion({ userId, ip = null }: { userId: string; ip?: string | null }): Promise<void> {
  const restored = await prisma.$transaction(async (tx) => {
    const [row] = await tx.user.updateManyAndReturn({
      where: { id: userId, isDeleted: true, permanentDeletionDate: { gt: new Date() } },
      data: { isDeleted: false, deletionRequestedDate: null, permanentDeletionDate: null },
      select: { id: true, email: true },
    });
    if (row) await recordAuditEvent(tx, { actor: row, action: "deletion.cancel", target: row, ip });
    return row;
  });
  if (!restored) {
    const user = await prisma.user.findUnique({ where: { id: userId }, select: { isDeleted: true } });
    if (!user) throw new AppError("NOT_FOUND", "User not found");
    if (!user.isDeleted) throw AppError.invalid("This account is not scheduled for deletion");
    throw new AppError("CONFLICT", "The grace period is over; this account can no longer be recovered");
  }
}

export interface CancelDeletionByCredentialsOptions {
  /** Untrusted input: `{ email, password }`. */
  input: unknown;
  ip: string;
}

/**
 * The public cancel, for someone who is logged out: authenticates like a login (same errors, same
 * failure limits) and cancels. After the grace period a login answers ACCOUNT_DELETED; here that
 * is the 409 of the contract.
 */
export async function cancelDeletionByCredentials({ input, ip }: CancelDeletionByCredentialsOptions): Promise<{ email: string }> {
  await limitRequestsFrom(ip);
  let user;
  try {
    user = await authenticateUser({ input, ip });
  } catch (error) {
    if (error instanceof AppError && error.code === "ACCOUNT_DELETED") {
      throw new AppError("CONFLICT", "The grace period is over; this account can no longer be recovered");
    }
    throw error;
  }
  await cancelAccountDeletion({ userId: user.id, ip });
  return { email: user.email };
}
