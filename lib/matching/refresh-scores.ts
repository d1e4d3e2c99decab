/**
 * Keeps the stored compatibility scores current: recomputes every pair a user is part of
 * (against all mentors for a mentee, all mentees for a mentor). Called after a profile update,
 * a role change and a cancelled deletion; suggestions also fill in pairs that are missing.
 */
import { prisma } from "@/lib/db";
import { compatibility } from "./score";

const profileSelect = {
  id: true, role: true, year: true, major: true, minor: true, clubs: true, hobbies: true,
  firstgen: true, transfer: true, international: true, commuter: true, outofstate: true,
} as const;

const activeUser = { isDeleted: false, isActive: true, isVerified: true } as const;

export async function refreshScores(userId: string): Promise<number> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { ...profileSelect, isDeleted: true } });
  if (!user || user.isDeleted || user.role === "ADMIN") return 0;
  const others = await prisma.user.findMany({ where: { ...activeUser, role: user.role === "MENTEE" ? "MENTOR" : "MENTEE", id: { not: userId } }, select: profileSelect });
  const rows = others.map((other) => {
    const [mentee, mentor] = user.role === "MENTEE" ? [user, other] : [other, user];
    return { menteeId: mentee.id, mentorId: mentor.id, ...compatibility(mentee, mentor) };
  });
  await prisma.$transaction([
    prisma.compatibilityScore.deleteMany({ where: user.role === "MENTEE" ? { menteeId: userId } : { mentorId: userId } }),
    prisma.compatibilityScore.createMany({ data: rows, skipDuplicates: true }),
  ]);
  return rows.length;
}

/** Computes and stores the scores of one mentee against the given mentors that have none yet. */
export async function ensureScores(menteeId: string, mentorIds: string[]): Promise<void> {
  if (mentorIds.length === 0) return;
  const existing = new Set((await prisma.compatibilityScore.findMany({ where: { menteeId, mentorId: { in: mentorIds } }, select: { mentorId: true } })).map((s) => s.mentorId));
  const missing = mentorIds.filter((id) => !existing.has(id));
  if (missing.length === 0) return;
  const [mentee, mentors] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: menteeId }, select: profileSelect }),
    prisma.user.findMany({ where: { id: { in: missing } }, select: profileSelect }),
  ]);
  await prisma.compatibilityScore.createMany({
    data: mentors.map((mentor) => ({ menteeId, mentorId: mentor.id, ...compatibility(mentee, mentor) })),
    skipDuplicates: true,
  });
}
