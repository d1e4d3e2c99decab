import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { consume, limits, refund, reset } from "@/lib/rate-limit";
import { hashPassword, PasswordHasherBusy, verifyPassword } from "./password";
import { loginSchema } from "./schemas";
import { parseInput } from "./validate";

export interface AuthenticateUserOptions {
  /** Untrusted input: `{ email, password }`. */
  input: unknown;
  ip: string;
}

export interface AuthenticatedUser {
  id: string;
  email: string;
  /** Inside the deletion grace period: the session may only read, cancel and log out. */
  isDeleted: boolean;
}

const INVALID = "Invalid email or password";
export const DEACTIVATED = "This account has been deactivated. Contact the BruinBridge team.";

/** A refused login in the audit log, for the coordinator a student writes to ("why can't I log in?"). */
function recordFailure(email: string, userId: string | null, ip: string, reason: string) {
  const account = { id: userId, email };
  return recordAuditEvent(prisma, { actor: account, action: "login.failure", target: account, details: { reason }, ip });
}

let dummyHash: Promise<string> | undefined;
/** Compared against when the email is unknown, so both failures cost one bcrypt comparison. */
const timingDummy = () =>
  (dummyHash ??= hashPassword("not-a-real-password", getEnv().BCRYPT_ROUNDS).catch((error: unknown) => {
    dummyHash = undefined; // e.g. refused while the hashing pool was busy: try again next time
    throw error;
  }));

/**
 * Checks an email and password. Unknown email and wrong password get the same error after the same
 * work. Only with the right password does the caller learn that the account is deactivated (403),
 * that the email is unverified (403) or that the account's deletion grace period is over (404).
 * Every success and every refusal but a rate-limited or "busy" one goes into the audit log with
 * the IP (refusals past the limits are not written, so a flood of guesses cannot flood the log).
 *
 * Attempts are counted against the IP (LOGIN_MAX_FAILURES_PER_IP) and the account
 * (LOGIN_MAX_FAILURES_PER_ACCOUNT) per 15 minutes *before* the password is looked at, each with
 * one atomic increment, so no burst of parallel guesses can get more than the limit evaluated: an
 * attempt past either limit is refused with RATE_LIMITED without checking the password. A
 * successful login clears the account's count and takes its own attempt back from the IP's, so
 * only failures add up. Locking one account never locks another. A login refused because the
 * password-hashing pool is full (429 "busy", lib/users/password.ts) takes both attempts back.
 */
export async function authenticateUser({ input, ip }: AuthenticateUserOptions): Promise<AuthenticatedUser> {
  const { email, password } = parseInput(loginSchema, input);
  const { loginFailuresPerAccount, loginFailuresPerIp } = limits();

  const perIp = await consume(loginFailuresPerIp, ip);
  const perAccount = perIp.allowed ? await consume(loginFailuresPerAccount, email) : perIp;
  if (!perIp.allowed || !perAccount.allowed) {
    const retryAfter = perIp.allowed ? perAccount.retryAfter : perIp.retryAfter;
    throw new AppError("RATE_LIMITED", "Too many failed attempts; please try again later", { retryAfter });
  }

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, password: true, isActive: true, isVerified: true, isDeleted: true, permanentDeletionDate: true },
  });
  let passwordMatches: boolean;
  try {
    passwordMatches = await verifyPassword(password, user?.password ?? (await timingDummy()));
  } catch (error) {
    // The hashing pool's line was full, so the password was not looked at: not a failed attempt.
    if (error instanceof PasswordHasherBusy) {
      await refund(loginFailuresPerIp, ip, perIp.windowStart);
      await refund(loginFailuresPerAccount, email, perAccount.windowStart);
    }
    throw error;
  }
  if (!user || !passwordMatches) {
    await recordFailure(email, user?.id ?? null, ip, user ? "wrong_password" : "unknown_email");
    throw new AppError("UNAUTHORIZED", INVALID);
  }

  await reset(loginFailuresPerAccount, email);
  await refund(loginFailuresPerIp, ip, perIp.windowStart);

  if (user.isDeleted && user.permanentDeletionDate && user.permanentDeletionDate <= new Date()) {
    await recordFailure(email, user.id, ip, "deleted");
    throw new AppError("ACCOUNT_DELETED", "This account has been deleted");
  }
  // Only now, after the right password: a stranger learns nothing about the account.
  if (!user.isActive) {
    await recordFailure(email, user.id, ip, "deactivated");
    throw new AppError("ACCOUNT_DEACTIVATED", DEACTIVATED);
  }
  if (!user.isVerified) {
    await recordFailure(email, user.id, ip, "unverified");
    throw new AppError("EMAIL_NOT_VERIFIED", "Please verify your email before logging in. Check your inbox for the link.");
  }

  const account = { id: user.id, email: user.email };
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLogin: new Date() } });
    await recordAuditEvent(tx, { actor: account, action: "login.success", target: account, ip });
  });
  return { id: user.id, email: user.email, isDeleted: user.isDeleted };
}
