/**
 * Server-side records of signed-in sessions. Auth.js keeps the session in a signed JWT cookie;
 * each JWT names one of these rows (`sid`), and every request checks that the row still exists,
 * so deleting it (logout, password reset, account deletion) revokes the cookie at once.
 */
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export async function createSession(userId: string): Promise<string> {
  const sessionToken = randomBytes(32).toString("base64url");
  await prisma.session.create({ data: { sessionToken, userId, expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) } });
  return sessionToken;
}

/** The user id of a live session, or null when it was revoked or has expired. */
export async function activeSessionUser(sessionToken: string): Promise<string | null> {
  const session = await prisma.session.findUnique({ where: { sessionToken }, select: { userId: true, expires: true } });
  return session && session.expires > new Date() ? session.userId : null;
}

export async function revokeSession(sessionToken: string): Promise<void> {
  await prisma.session.deleteMany({ where: { sessionToken } });
}

export async function revokeAllSessions(userId: string): Promise<void> {
  await prisma.session.deleteMany({ where: { userId } });
}
