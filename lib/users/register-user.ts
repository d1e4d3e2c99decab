import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { sendVerification } from "./account-emails";
import { hashPassword } from "./password";
import { registerSchema } from "./schemas";
import { assertAllowedDomain, assertStrongPassword, limitRequestsFrom, parseInput } from "./validate";

export interface RegisterUserOptions {
  /** Untrusted input: `{ email, password, role? }`. */
  input: unknown;
  ip: string;
}

export interface RegisterUserResult {
  user: { id: string; email: string; role: "MENTEE" | "MENTOR"; isVerified: boolean };
  /** False when the verification email could not be sent (the user can ask for another). */
  emailSent: boolean;
}

/**
 * Creates a MENTEE (default) or MENTOR account and mails a verification link. ADMIN accounts are
 * never created here (`npm run create-admin`). An email that belongs to an account is a conflict,
 * also while a deleted account is inside its grace period; an account whose grace period is over
 * is hard-deleted first and the address registers anew. With SEND_EMAILS=false (the original test
 * mode) no email is sent and the account is verified at once.
 */
export async function registerUser({ input, ip }: RegisterUserOptions): Promise<RegisterUserResult> {
  await limitRequestsFrom(ip);
  const { email, password, role } = parseInput(registerSchema, input);
  assertAllowedDomain(email);
  await assertStrongPassword(password, { email });
  const env = getEnv();

  const existing = await prisma.user.findUnique({ where: { email }, select: { id: true, isDeleted: true, permanentDeletionDate: true } });
  if (existing) {
    const gracePeriodOver = existing.isDeleted && existing.permanentDeletionDate !== null && existing.permanentDeletionDate <= new Date();
    if (!gracePeriodOver) throw new AppError("CONFLICT", "An account with this email already exists");
    await prisma.user.delete({ where: { id: existing.id } });
  }

  const testMode = !env.SEND_EMAILS;
  let user;
  try {
    user = await prisma.user.create({
      data: { email, password: await hashPassword(password, env.BCRYPT_ROUNDS), role, isVerified: testMode },
      select: { id: true, email: true, role: true, isVerified: true },
    });
  } catch (error) {
    // Two registrations of one address at the same moment: the loser sees the same conflict.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "An account with this email already exists");
    }
    throw error;
  }

  // In test mode the transport only logs the message (lib/email/send-email.ts). The email counts
  // against the registering IP's quota for this address (lib/users/account-emails.ts).
  const emailSent = await sendVerification(user, ip);
  if (!emailSent) console.warn(`[register] verification email to ${email} was not sent; the user can ask for another`);
  return { user: { ...user, role: user.role as "MENTEE" | "MENTOR" }, emailSent };
}
