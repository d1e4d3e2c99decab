/**
 * Issues a fresh verification or password-reset token for a user and mails the link. Links are
 * built from FRONTEND_URL only, never from request headers. A new link replaces the previous one.
 *
 * Quota: at most EMAIL_MAX_PER_ADDRESS account emails an hour go to one address on behalf of one
 * requester IP; past that, nothing is sent and callers answer as usual. Counting per address alone
 * let anyone use up the owner's quota and silence their own reset for an hour; per address and IP,
 * the owner's requests always have their own. What bounds email bombing of one address is then
 * EMAIL_MAX_PER_ADDRESS per hour for each IP the sender controls, within REQUESTS_MAX_PER_IP
 * requests per 10 minutes from that IP in all; the same bound limits how often a third party can
 * replace (and so invalidate) the owner's link, and the owner's newest request always works.
 */
import { prisma } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { passwordResetEmail, verificationEmail } from "@/lib/email/templates";
import { sendEmail } from "@/lib/email/send-email";
import { consume, limits } from "@/lib/rate-limit";
import { newToken } from "./tokens";

async function underEmailLimit(email: string, requesterIp: string): Promise<boolean> {
  // The key ends with the address (`email:<ip>:<address>`): the purge finds an account's rows by it.
  const { allowed } = await consume(limits().emailsPerAddress, `${requesterIp}:${email}`);
  if (!allowed) console.warn(`[email] hourly limit reached for ${email} from ${requesterIp}; not sending`);
  return allowed;
}

export async function sendVerification(user: { id: string; email: string }, requesterIp: string): Promise<boolean> {
  if (!(await underEmailLimit(user.email, requesterIp))) return false;
  const env = getEnv();
  const { token, hash } = newToken();
  await prisma.user.update({ where: { id: user.id }, data: { emailVerificationToken: hash, emailVerificationSentAt: new Date() } });
  const url = `${env.FRONTEND_URL}/verify-email?token=${encodeURIComponent(token)}`;
  return sendEmail(verificationEmail(user.email, url, env.EMAIL_VERIFICATION_TOKEN_EXPIRATION));
}

export async function sendPasswordReset(user: { id: string; email: string }, requesterIp: string): Promise<boolean> {
  if (!(await underEmailLimit(user.email, requesterIp))) return false;
  const env = getEnv();
  const { token, hash } = newToken();
  await prisma.user.update({ where: { id: user.id }, data: { passwordResetToken: hash, passwordResetSentAt: new Date() } });
  const url = `${env.FRONTEND_URL}/reset-password/${encodeURIComponent(token)}`;
  return sendEmail(passwordResetEmail(user.email, url, env.PASSWORD_RESET_TOKEN_EXPIRATION));
}

/**
 * The part of an account-email request that runs after the answer was sent (see
 * request-password-reset.ts). Nobody waits for it, so it never throws: a failure is logged.
 */
export interface AccountEmailDelivery {
  deliver: () => Promise<void>;
}

export function deferredDelivery(label: string, work: () => Promise<unknown>): AccountEmailDelivery {
  return {
    deliver: async () => {
      try {
        await work();
      } catch (error) {
        console.error(`[${label}] delivery failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
