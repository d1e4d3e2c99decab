import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { deliverNotificationEmails, notify } from "@/lib/notifications/notify";
import { consume, limits, refund, reset } from "@/lib/rate-limit";
import { lockedTransaction } from "@/lib/transaction";
import { hashPassword, PasswordHasherBusy, verifyPassword } from "./password";
import { changePasswordSchema } from "./schemas";
import { assertStrongPassword, parseInput } from "./validate";

export interface ChangePasswordOptions {
  /** From the session. */
  userId: string;
  /** The token of the session asking: it stays signed in, every other session is revoked. */
  currentSessionToken: string;
  /** Untrusted input: `{ current_password, new_password }`. */
  input: unknown;
  /** Kept in the audit log. */
  ip?: string | null;
}

const WRONG_CURRENT = "Your current password is not right";

/**
 * Changes the password of a signed-in account. The current password must be given: a session left
 * open on a shared computer is not enough to take the account over. Wrong current passwords count
 * as failed logins of the account (LOGIN_MAX_FAILURES_PER_ACCOUNT per 15 minutes, counted before
 * the check like a login, lib/users/authenticate-user.ts), so an open session cannot be used to
 * guess the password faster than the login form; past the limit: RATE_LIMITED. The new password
 * obeys the register rules (length, estimator score, lib/users/password-strength.ts).
 *
 * In one transaction: the new hash and passwordChangedAt (a pending reset link dies with it), every
 * other session revoked (whoever knew the old password is signed out; this device stays), the
 * "password.change" audit entry and the PASSWORD_CHANGED notification, whose email goes out after
 * the commit.
 */
export async function changePassword({ userId, currentSessionToken, input, ip = null }: ChangePasswordOptions): Promise<{ sessionsRevoked: number }> {
  const { current_password, new_password } = parseInput(changePasswordSchema, input);
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, firstName: true, lastName: true, password: true },
  });
  if (!user) throw new AppError("UNAUTHORIZED", "Authentication required");

  const { loginFailuresPerAccount } = limits();
  const attempt = await consume(loginFailuresPerAccount, user.email);
  if (!attempt.allowed) throw new AppError("RATE_LIMITED", "Too many wrong passwords; please try again later", { retryAfter: attempt.retryAfter });
  let matches: boolean;
  try {
    matches = await verifyPassword(current_password, user.password);
  } catch (error) {
    // The hashing pool's line was full: the password was not looked at, so the attempt does not count.
    if (error instanceof PasswordHasherBusy) await refund(loginFailuresPerAccount, user.email, attempt.windowStart);
    throw error;
  }
  if (!matches) throw AppError.invalid(WRONG_CURRENT, { current_password: [WRONG_CURRENT] });
  await reset(loginFailuresPerAccount, user.email);

  await assertStrongPassword(new_password, { field: "new_password", email: user.email, names: [user.firstName, user.lastName] });
  if (new_password === current_password) {
    const message = "Choose a password different from your current one";
    throw AppError.invalid(message, { new_password: [message] });
  }

  const password = await hashPassword(new_password, getEnv().BCRYPT_ROUNDS);
  const sessionsRevoked = await lockedTransaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { password, passwordChangedAt: new Date(), passwordResetToken: null, passwordResetSentAt: null } });
    const { count } = await tx.session.deleteMany({ where: { userId: user.id, sessionToken: { not: currentSessionToken } } });
    const account = { id: user.id, email: user.email };
    await recordAuditEvent(tx, { actor: account, action: "password.change", target: account, details: { sessions_revoked: count }, ip });
    await notify(tx, {
      userId: user.id,
      kind: "PASSWORD_CHANGED",
      title: "Your BruinBridge password was changed",
      body: `The password of ${user.email} was just changed${count > 0 ? `, and ${count === 1 ? "one other device was" : `${count} other devices were`} signed out` : ""}.\nIf this was not you, reset your password at once and sign out every other device in account settings.`,
      link: "/account",
    });
    return count;
  });
  deliverNotificationEmails();
  return { sessionsRevoked };
}
