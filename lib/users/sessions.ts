/**
 * Server-side records of signed-in sessions. Auth.js keeps the session in a signed JWT cookie;
 * each JWT names one of these rows (`sid`), and every request checks that the row still exists,
 * so deleting it (logout, password reset, account deletion) revokes the cookie at once.
 */
import { randomBytes } from "node:crypto";
import type { User } from "@prisma/client";
import { hotQuery, prisma } from "@/lib/db";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export async function createSession(userId: string): Promise<string> {
  const sessionToken = randomBytes(32).toString("base64url");
  await prisma.session.create({ data: { sessionToken, userId, expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) } });
  return sessionToken;
}

/** The user of a session: every column but the password hash, and the matched mentor's email. */
export type SessionUser = Omit<User, "password"> & { matchedMentor: { email: string } | null };

type SessionUserRow = Omit<User, "id" | "password"> & { userID: string; password?: string; matchedMentorEmail: string | null };

/**
 * The user of a live session, or null when the session was revoked or has expired: the check
 * behind every signed-in request, so it is one round trip. Prisma (without the relationJoins
 * preview) would send three queries for session → user → matched mentor; this joins them. `u.*`
 * keeps new columns of `users` coming along. It runs on lib/db.ts's `hotQuery` pool (plain pg, the
 * hottest query of the app); sessions.test.ts checks the result against Prisma's
 * own `findUnique`, so a column the raw row would get wrong (a rename, a type) fails there.
 */
export async function sessionUser(sessionToken: string): Promise<SessionUser | null> {
  const [row] = await hotQuery<SessionUserRow>(
    `SELECT u.*, m."email" AS "matchedMentorEmail"
     FROM "sessions" s
     JOIN "users" u ON u."userID" = s."userId"
     LEFT JOIN "users" m ON m."userID" = u."matchedMentorId"
     WHERE s."sessionToken" = $1 AND s."expires" > now()`,
    [sessionToken],
  );
  if (!row) return null;
  const { userID, password: _password, matchedMentorEmail, ...columns } = row;
  return { id: userID, ...columns, matchedMentor: matchedMentorEmail === null ? null : { email: matchedMentorEmail } };
}

/** The user id of a live session, or null when it was revoked or has expired. */
export async function activeSessionUser(sessionToken: string): Promise<string | null> {
  return (await sessionUser(sessionToken))?.id ?? null;
}

export async function revokeSession(sessionToken: string): Promise<void> {
  await prisma.session.deleteMany({ where: { sessionToken } });
}

export async function revokeAllSessions(userId: string): Promise<void> {
  await prisma.session.deleteMany({ where: { userId } });
}
