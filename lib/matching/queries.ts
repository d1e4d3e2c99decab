/** Shared look-ups of the mentoring operations. */
import type { Role } from "@prisma/client";
import { prisma, type Tx } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { normalizeEmail } from "@/lib/users/email";
import { parseInput } from "@/lib/users/validate";
import { mentorEmailSchema } from "./schemas";

export const userInclude = { matchedMentor: { select: { email: true } } } as const;

export async function requireRole(userId: string, role: Role, message: string, db: Tx = prisma) {
  const user = await db.user.findUnique({ where: { id: userId }, include: userInclude });
  if (!user) throw new AppError("UNAUTHORIZED", "Authentication required");
  if (user.role !== role) throw new AppError("FORBIDDEN", message);
  return user;
}

type MentorFacts = { role: Role; isDeleted: boolean; isVerified: boolean; isActive: boolean };
const isLiveMentor = (user: MentorFacts | null): boolean => !!user && user.role === "MENTOR" && !user.isDeleted && user.isVerified && user.isActive;

/**
 * A live, verified mentor by email, or NOT_FOUND. Read before any lock is held, so it only finds
 * whom to lock: an operation that acts on the mentor re-checks with `requireLiveMentor` afterwards,
 * since the mentor may switch role or delete the account in between.
 */
export async function findMentor(email: unknown, db: Tx = prisma) {
  const { mentor_email } = parseInput(mentorEmailSchema, { mentor_email: email });
  const mentor = await db.user.findUnique({ where: { email: normalizeEmail(mentor_email) }, include: userInclude });
  if (!mentor || !isLiveMentor(mentor)) throw new AppError("NOT_FOUND", "No such mentor");
  return mentor;
}

/**
 * The same rule as `findMentor`, read by id once the caller holds the mentor's row lock
 * (`lockUsers`): any write to that row (a role switch, a deletion, a deactivation) either committed
 * before the lock, and is seen here, or waits for the caller's commit.
 */
export async function requireLiveMentor(mentorId: string, db: Tx) {
  const mentor = await db.user.findUnique({ where: { id: mentorId }, include: userInclude });
  if (!mentor || !isLiveMentor(mentor)) throw new AppError("NOT_FOUND", "No such mentor");
  return mentor;
}

/**
 * Mentees a mentor takes at once. Without an argument: `MAX_MENTEES`, the program's ceiling. With a
 * mentor: their own capacity (`menteeCapacity`, set on the mentees page, 1–MAX_MENTEES; null =
 * MAX_MENTEES), never above the current ceiling. Free seats = `capacity(mentor) − roster`, at
 * least 0. Whether the mentor takes new mentees at all is `acceptingMentees` (a paused mentor keeps
 * their capacity and roster, gets no suggestions or new requests, and can still accept the requests
 * already waiting).
 */
export function capacity(mentor?: { menteeCapacity: number | null }): number {
  const max = getEnv().MAX_MENTEES;
  const own = mentor?.menteeCapacity;
  return own == null ? max : Math.max(1, Math.min(own, max));
}

/** `capacity(mentor)`, by the name the cohort code and the roster use. */
export const mentorCapacity = (mentor: { menteeCapacity: number | null }): number => capacity(mentor);

export function rosterSize(mentorId: string, db: Tx = prisma): Promise<number> {
  return db.user.count({ where: { matchedMentorId: mentorId } });
}

export async function isBlacklisted(menteeId: string, mentorId: string, db: Tx = prisma): Promise<boolean> {
  return (await db.blacklistEntry.count({ where: { menteeId, mentorId } })) > 0;
}
