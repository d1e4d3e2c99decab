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

let dummyHash: Promise<string> | undefined;
/** Compared against when the email is unknown, so both failures cost one bcrypt comparison. */
const timingDummy = () =>
  (dummyHash ??= hashPassword("not-a-real-password", getEnv().BCRYPT_ROUNDS).catch((error: unknown) => {
    dummyHash = undefined; // e.g. refused while the hashing pool was busy: try again next time
    throw error;
  }));

/**
 * Checks an email and password. Unknown email and wrong password get the same error after the same
 * work. Only with the right password does the caller learn that the email is unverified (403) or
 * that the account's deletion grace period is over (404).
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
  if (!user || !passwordMatches || !user.isActive) throw new AppError("UNAUTHORIZED", INVALID);

  await reset(loginFailuresPerAccount, email);
  await refund(loginFailuresPerIp, ip, perIp.windowStart);

  if (user.isDeleted && user.permanentDeletionDate && user.permanentDeletionDate <= new Date()) {
    throw new AppError("ACCOUNT_DELETED", "This account has been deleted");
  }
  if (!user.isVerified) throw new AppError("EMAIL_NOT_VERIFIED", "Please verify your email before logging in. Check your inbox for the link.");

  await prisma.user.update({ where: { id: user.id }, data: { lastLogin: new Date() } });
  return { id: user.id, email: user.email, isDeleted: user.isDeleted };
}
