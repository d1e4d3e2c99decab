import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import { getEnv, hoursToMs } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { reset as resetLimit, limits } from "@/lib/rate-limit";
import { isGracePeriodOver } from "./grace-period";
import { passwordChanged } from "@/lib/notifications/events";
import { deliverNotificationEmails, notify } from "@/lib/notifications/notify";
import { hashPassword } from "./password";
import { resetPasswordSchema } from "./schemas";
import { hashToken, isWellFormedToken } from "./tokens";
import { assertStrongPassword, parseInput } from "./validate";

export interface ResetPasswordOptions {
  token: string;
  /** Untrusted input: `{ new_password }`. */
  input: unknown;
  /** Kept in the audit log. */
  ip?: string | null;
}

const INVALID = "This password-reset link is invalid or has expired. Ask for a new one.";

/**
 * The account a reset link would reset, or null when the link is malformed, unknown, used,
 * expired, outdated by a later password change, or its account's grace period is over. The reset
 * page asks this when it loads, so a dead link shows "ask for a new one" instead of the form.
 */
export async function resetLinkUser(token: string) {
  if (!isWellFormedToken(token)) return null;
  const user = await prisma.user.findUnique({
    where: { passwordResetToken: hashToken(token) },
    select: { id: true, email: true, firstName: true, lastName: true, passwordResetSentAt: true, passwordChangedAt: true, isDeleted: true, permanentDeletionDate: true },
  });
  const sentAt = user?.passwordResetSentAt?.getTime() ?? 0;
  const expired = Date.now() - sentAt > hoursToMs(getEnv().PASSWORD_RESET_TOKEN_EXPIRATION);
  const passwordChangedSince = (user?.passwordChangedAt?.getTime() ?? 0) > sentAt;
  if (!user || isGracePeriodOver(user) || expired || passwordChangedSince) return null;
  return user;
}

/**
 * Sets a new password with a reset link. The link works once, within
 * PASSWORD_RESET_TOKEN_EXPIRATION hours, and dies when the password changes by any other way.
 * Every session of the account is revoked: whoever knew the old password is signed out.
 * An account inside its deletion grace period can reset too, so that a student who forgot the
 * password can log in and cancel the deletion; the reset does not cancel it by itself.
 */
export async function resetPassword({ token, input, ip = null }: ResetPasswordOptions): Promise<{ email: string }> {
  const { new_password } = parseInput(resetPasswordSchema, input);
  const user = await resetLinkUser(token);
  if (!user) throw AppError.invalid(INVALID);
  await assertStrongPassword(new_password, { field: "new_password", email: user.email, names: [user.firstName, user.lastName] });

  const password = await hashPassword(new_password, getEnv().BCRYPT_ROUNDS);
  // Consuming the token is conditional on it still being there, so two submissions of one link
  // cannot both succeed.
  // The change, the sessions' revocation and its audit entry commit together.
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, passwordResetToken: hashToken(token) },
      data: { password, passwordChangedAt: new Date(), passwordResetToken: null, passwordResetSentAt: null },
    });
    if (count === 0) throw AppError.invalid(INVALID);
    const { count: revoked } = await tx.session.deleteMany({ where: { userId: user.id } });
    const account = { id: user.id, email: user.email };
    await recordAuditEvent(tx, { actor: account, action: "password.reset", target: account, details: { sessions_revoked: revoked }, ip });
    await notify(tx, { userId: user.id, ...passwordChanged("reset") });
  });
  deliverNotificationEmails();
  await resetLimit(limits().loginFailuresPerAccount, user.email);
  return { email: user.email };
}
