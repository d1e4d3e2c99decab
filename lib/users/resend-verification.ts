import { prisma } from "@/lib/db";
import { deferredDelivery, sendVerification, type AccountEmailDelivery } from "./account-emails";
import { emailOnlySchema } from "./schemas";
import { limitRequestsFrom, parseInput } from "./validate";

export interface ResendVerificationOptions {
  /** Untrusted input: `{ email }`. */
  input: unknown;
  /** The requester's IP: the per-IP limit and the per-address email quota count under it. */
  ip: string;
}

/**
 * Asks for a new verification link. Like a password reset (request-password-reset.ts), the answer
 * must not tell who has an account, by its words (the original answered "already verified"; we
 * don't say) or by its time: this checks the per-IP limit and the input and returns the delivery,
 * which the adapter runs after the response.
 */
export async function resendVerification({ input, ip }: ResendVerificationOptions): Promise<AccountEmailDelivery> {
  await limitRequestsFrom(ip);
  const { email } = parseInput(emailOnlySchema, input);
  return deferredDelivery("resend-verification", () => deliverVerification({ email, ip }));
}

/** Mails a new verification link when the address belongs to an unverified, live account. */
export async function deliverVerification({ email, ip }: { email: string; ip: string }): Promise<void> {
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, email: true, isVerified: true, isDeleted: true } });
  if (user && !user.isVerified && !user.isDeleted) await sendVerification(user, ip);
}
