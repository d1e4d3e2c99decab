import { prisma } from "@/lib/db";
import { getEnv, hoursToMs } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { hashToken, isWellFormedToken } from "./tokens";

export interface VerifyEmailOptions {
  token: string;
}

export interface VerifyEmailResult {
  email: string;
  alreadyVerified: boolean;
}

const INVALID = "This verification link is invalid or has expired. Ask for a new one.";

/**
 * Marks the account of a verification link as verified. The hash stays on the account after use,
 * so a second click on the same link answers "already verified" instead of "invalid"; sending a
 * new link replaces it.
 */
export async function verifyEmail({ token }: VerifyEmailOptions): Promise<VerifyEmailResult> {
  if (!isWellFormedToken(token)) throw AppError.invalid(INVALID);
  const user = await prisma.user.findUnique({
    where: { emailVerificationToken: hashToken(token) },
    select: { id: true, email: true, isVerified: true, emailVerificationSentAt: true },
  });
  if (!user) throw AppError.invalid(INVALID);
  if (user.isVerified) return { email: user.email, alreadyVerified: true };

  const sentAt = user.emailVerificationSentAt?.getTime() ?? 0;
  if (Date.now() - sentAt > hoursToMs(getEnv().EMAIL_VERIFICATION_TOKEN_EXPIRATION)) throw AppError.invalid(INVALID);

  await prisma.user.update({ where: { id: user.id }, data: { isVerified: true } });
  return { email: user.email, alreadyVerified: false };
}
