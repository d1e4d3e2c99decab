/**
 * Issues a fresh verification or password-reset token for a user and mails the link. Links are
 * built from FRONTEND_URL only, never from request headers. At most EMAIL_MAX_PER_ADDRESS account
 * emails go to one address per hour; past that, nothing is sent and callers answer as usual.
 */
import { prisma } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { passwordResetEmail, verificationEmail } from "@/lib/email/templates";
import { sendEmail } from "@/lib/email/send-email";
import { consume, limits } from "@/lib/rate-limit";
import { newToken } from "./tokens";

async function underEmailLimit(email: string): Promise<boolean> {
  const { allowed } = await consume(limits().emailsPerAddress, email);
  if (!allowed) console.warn(`[email] hourly limit reached for ${email}; not sending`);
  return allowed;
}

export async function sendVerification(user: { id: string; email: string }): Promise<boolean> {
  if (!(await underEmailLimit(user.email))) return false;
  const env = getEnv();
  const { token, hash } = newToken();
  await prisma.user.update({ where: { id: user.id }, data: { emailVerificationToken: hash, emailVerificationSentAt: new Date() } });
  const url = `${env.FRONTEND_URL}/verify-email?token=${encodeURIComponent(token)}`;
  return sendEmail(verificationEmail(user.email, url, env.EMAIL_VERIFICATION_TOKEN_EXPIRATION));
}

export async function sendPasswordReset(user: { id: string; email: string }): Promise<boolean> {
  if (!(await underEmailLimit(user.email))) return false;
  const env = getEnv();
  const { token, hash } = newToken();
  await prisma.user.update({ where: { id: user.id }, data: { passwordResetToken: hash, passwordResetSentAt: new Date() } });
  const url = `${env.FRONTEND_URL}/reset-password/${encodeURIComponent(token)}`;
  return sendEmail(passwordResetEmail(user.email, url, env.PASSWORD_RESET_TOKEN_EXPIRATION));
}
