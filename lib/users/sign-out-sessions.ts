/**
 * Signing out other devices from account settings (and DELETE /api/users/sessions/{id}). Deleting
 * the session row is what signs a device out: its cookie is refused on the very next request
 * (lib/users/sessions.ts). Authorization: the acting user comes from the caller's own session, and
 * a session is only ever found among that user's own.
 */
import { AppError } from "@/lib/errors";
import { prisma } from "@/lib/db";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOT_FOUND = "No such session";

export interface SignOutSessionOptions {
  userId: string;
  /** The public id of the session (never its token). */
  sessionId: string;
}

/** Signs one of the user's sessions out at once; NOT_FOUND when the id names none of them. */
export async function signOutSession({ userId, sessionId }: SignOutSessionOptions): Promise<void> {
  if (!UUID.test(sessionId)) throw new AppError("NOT_FOUND", NOT_FOUND);
  const { count } = await prisma.session.deleteMany({ where: { id: sessionId.toLowerCase(), userId } });
  if (count === 0) throw new AppError("NOT_FOUND", NOT_FOUND);
}

export interface SignOutOtherSessionsOptions {
  userId: string;
  /** The session that stays signed in (the caller's). */
  currentSessionToken: string;
}

/** "Sign out everywhere else": every session of the user but the current one. Returns how many ended. */
export async function signOutOtherSessions({ userId, currentSessionToken }: SignOutOtherSessionsOptions): Promise<number> {
  const { count } = await prisma.session.deleteMany({ where: { userId, sessionToken: { not: currentSessionToken } } });
  return count;
}
