import { prisma } from "@/lib/db";
import { deferredDelivery, sendPasswordReset, type AccountEmailDelivery } from "./account-emails";
import { isGracePeriodOver } from "./grace-period";
import { emailOnlySchema } from "./schemas";
import { limitRequestsFrom, parseInput } from "./validate";

export interface RequestPasswordResetOptions {
  /** Untrusted input: `{ email }`. */
  input: unknown;
  /** The requester's IP: the per-IP limit and the per-address email quota count under it. */
  ip: string;
}

/**
 * Asks for a password-reset link. The answer must not tell whether the address has an account,
 * neither by its words nor by its time, so the work comes in two parts. This checks what may
 * change the answer — the per-IP limit (RATE_LIMITED) and the input (INVALID_INPUT) — the same
 * way for every address, and returns the delivery; the adapter answers, then runs the delivery
 * after the response (Next's `after()`), where the lookup, the token and the email happen.
 */
export async function requestPasswordReset({ input, ip }: RequestPasswordResetOptions): Promise<AccountEmailDelivery> {
  await limitRequestsFrom(ip);
  const { email } = parseInput(emailOnlySchema, input);
  return deferredDelivery("password-reset", () => deliverPasswordReset({ email, ip }));
}

/**
 * Mails a reset link when the address belongs to a live account, including one inside its
 * deletion grace period: a student who forgot the password can reset it, log in and cancel the
 * deletion (the reset itself does not cancel it). Nothing happens for other addresses.
 */
export async function deliverPasswordReset({ email, ip }: { email: string; ip: string }): Promise<void> {
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, isActive: true, isDeleted: true, permanentDeletionDate: true },
  });
  if (user && user.isActive && !isGracePeriodOver(user)) await sendPasswordReset(user, ip);
}
