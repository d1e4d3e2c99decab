import { prisma } from "@/lib/db";
import { sendVerification } from "./account-emails";
import { emailOnlySchema } from "./schemas";
import { limitRequestsFrom, parseInput } from "./validate";

export interface ResendVerificationOptions {
  input: unknown;
  ip: string;
}

/**
 * Mails a new verification link when the address belongs to an unverified, live account. The
 * caller learns nothing either way (the original answered "already verified"; we don't say).
 */
export async function resendVerification({ input, ip }: ResendVerificationOptions): Promise<void> {
  await limitRequestsFrom(ip);
  const { email } = parseInput(emailOnlySchema, input);
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, email: true, isVerified: true, isDeleted: true } });
  if (user && !user.isVerified && !user.isDeleted) await sendVerification(user);
}
