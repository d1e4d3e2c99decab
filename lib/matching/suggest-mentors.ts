import { prisma } from "@/lib/db";
import { capacity, requireRole, userInclude } from "./queries";
import { ensureScores } from "./refresh-scores";

export interface SuggestMentorsOptions {
  menteeId: string;
  limit?: number;
}

/**
 * Mentors for a mentee, best score first: verified, live mentors with room on their roster,
 * excluding those the mentee blocked and the mentee themself. Ties go to the mentor with more room.
 */
export async function suggestMentors({ menteeId, limit = 50 }: SuggestMentorsOptions) {
  await requireRole(menteeId, "MENTEE", "Only mentees get mentor suggestions");
  const max = capacity();
  const candidates = await prisma.user.findMany({
    where: {
      role: "MENTOR",
      isVerified: true,
      isDeleted: false,
      isActive: true,
      id: { not: menteeId },
      blacklistedBy: { none: { menteeId } },
    },
    include: { ...userInclude, _count: { select: { matchedMentees: true } } },
  });
  const open = candidates.filter((mentor) => mentor._count.matchedMentees < max);
  await ensureScores(menteeId, open.map((mentor) => mentor.id));
  const scores = new Map(
    (await prisma.compatibilityScore.findMany({ where: { menteeId, mentorId: { in: open.map((m) => m.id) } } })).map((s) => [s.mentorId, s]),
  );
  return open
    .map(({ _count, ...mentor }) => ({ mentor, score: scores.get(mentor.id)?.score ?? 0, reasons: scores.get(mentor.id)?.reasons ?? [], openSpots: max - _count.matchedMentees }))
    .sort((a, b) => b.score - a.score || b.openSpots - a.openSpots || a.mentor.firstName.localeCompare(b.mentor.firstName))
    .slice(0, limit);
}
