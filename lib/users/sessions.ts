/**
 * Server-side records of signed-in sessions. Auth.js keeps the session in a signed JWT cookie;
 * each JWT names one of these rows (`sid`), and every request checks that the row still exists,
 * so deleting it (logout, password reset, account deletion) revokes the cookie at once.
 */
import { randomBytes } from "node:crypto";
import type { User } from "@prisma/client";
import { hotQuery, prisma } from "@/lib/db";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** The longest User-Agent kept (the column's bound); real ones are ~150 characters. */
export const USER_AGENT_MAX = 512;

/**
 * How stale a session's `lastSeenAt` may get before the session check moves it forward: "last
 * seen" in account settings is accurate to a few minutes, and an active student costs one small
 * UPDATE per session every 5 minutes instead of a write on every request.
 */
export const LAST_SEEN_RESOLUTION_MINUTES = 5;

export async function createSession(userId: string, userAgent?: string | null): Promise<string> {
  const sessionToken = randomBytes(32).toString("base64url");
  await prisma.session.create({
    data: { sessionToken, userId, expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000), userAgent: userAgent ? userAgent.slice(0, USER_AGENT_MAX) : null },
  });
  return sessionToken;
}

/** The user of a session: every column but the password hash, and the matched mentor's email. */
export type SessionUser = Omit<User, "password"> & { matchedMentor: { email: string } | null };

type SessionUserRow = Omit<User, "id" | "password"> & { userID: string; password?: string; matchedMentorEmail: string | null; lastSeenStale: boolean };

/**
 * The user of a live session, or null when the session was revoked or has expired: the check
 * behind every signed-in request, so it is one round trip. Prisma (without the relationJoins
 * preview) would send three queries for session → user → matched mentor; this joins them. `u.*`
 * keeps new columns of `users` coming along. It runs on lib/db.ts's `hotQuery` pool (plain pg, the
 * hottest query of the app); sessions.test.ts checks the result against Prisma's
 * own `findUnique`, so a column the raw row would get wrong (a rename, a type) fails there.
 *
 * The same statement says whether the session's `lastSeenAt` is older than
 * LAST_SEEN_RESOLUTION_MINUTES; only then a second, conditional UPDATE moves it forward (the
 * condition repeated in its WHERE, so of many parallel requests at most a few write). Requests in
 * between write nothing.
 */
export async function sessionUser(sessionToken: string): Promise<SessionUser | null> {
  const [row] = await hotQuery<SessionUserRow>(
    `SELECT u.*, m."email" AS "matchedMentorEmail",
            s."lastSeenAt" < now() - make_interval(mins => ${LAST_SEEN_RESOLUTION_MINUTES}) AS "lastSeenStale"
     FROM "sessions" s
     JOIN "users" u ON u."userID" = s."userId"
     LEFT JOIN "users" m ON m."userID" = u."matchedMentorId"
     WHERE s."sessionToken" = $1 AND s."expires" > now()`,
    [sessionToken],
  );
  if (!row) return null;
  const { userID, password: _password, matchedMentorEmail, lastSeenStale, ...columns } = row;
  if (lastSeenStale) await touchSession(sessionToken);
  return { id: userID, ...columns, matchedMentor: matchedMentorEmail === null ? null : { email: matchedMentorEmail } };
}

/** Moves a session's `lastSeenAt` to now if it is stale; a failure is logged, never fails the request. */
async function touchSession(sessionToken: string): Promise<void> {
  try {
    await hotQuery(
      `UPDATE "sessions" SET "lastSeenAt" = now()
       WHERE "sessionToken" = $1 AND "lastSeenAt" < now() - make_interval(mins => ${LAST_SEEN_RESOLUTION_MINUTES})`,
      [sessionToken],
    );
  } catch (error) {
    console.error(`[sessions] could not update lastSeenAt: ${error instanceof Error ? error.message : String(error)}`);
  }
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
