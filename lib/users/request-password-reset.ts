import { prisma } from "@/lib/db";
import { sendPasswordReset } from "./account-emails";
import { emailOnlySchema } from "./schemas";
import { limitRequestsFrom, parseInput } from "./validate";

export interface RequestPasswordResetOptions {
  input: unknown;
  ip: string;
}

/** Mails a reset link when the address belongs to a live account; answers the same either way. */
export async function requestPasswordReset({ input, ip }: RequestPasswordResetOptions): Promise<void> {
  await limitRequestsFrom(ip);
  const { email } = parseInput(emailOnlySchema, input);
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, email: true, isDeleted: true, isActive: true } });
  if (user && !user.isDeleted && user.isActive) await sendPasswordReset(user);
}
