import { prisma } from "@/lib/db";
import { capacity, requireRole, userInclude } from "./queries";
import { compatibility, type Profile } from "./score";

export interface SuggestMentorsOptions {
  menteeId: string;
  limit?: number;
}

/** What scoring and ranking need of an eligible mentor, and nothing more. */
interface Candidate extends Profile {
  id: string;
  firstName: string;
  rosterSize: number;
}

/**
 * Mentors for a mentee, best score first: verified, live mentors with room on their roster,
 * excluding those the mentee blocked and the mentee themself. Ties go to the mentor with more room,
 * then by first name.
 *
 * Scores are computed here, from the two profiles (`compatibility` is pure and takes microseconds),
 * rather than stored per mentee × mentor pair: at program scale a stored table is tens of millions
 * of rows rewritten on every profile change, while computing is a few milliseconds per call and
 * can never be stale. The eligible mentors come from one statement that reads only the columns
 * scoring and ranking need (users_role_isVerified_isDeleted_isActive_idx finds them; the roster
 * size is counted on users_matchedMentorId_idx); the full rows are read for the `limit` shown.
 */
export async function suggestMentors({ menteeId, limit = 50 }: SuggestMentorsOptions) {
  const [mentee, candidates] = await Promise.all([
    requireRole(menteeId, "MENTEE", "Only mentees get mentor suggestions"),
    prisma.$queryRaw<Candidate[]>`
      SELECT u."userID"::text AS "id", u."firstName", u."year", u."major", u."minor", u."clubs", u."hobbies",
             u."firstgen", u."transfer", u."international", u."commuter", u."outofstate",
             (SELECT count(*) FROM "users" r WHERE r."matchedMentorId" = u."userID")::int AS "rosterSize"
      FROM "users" u
      WHERE u."role" = 'MENTOR' AND u."isVerified" AND NOT u."isDeleted" AND u."isActive"
        AND u."userID" <> ${menteeId}::uuid
        AND NOT EXISTS (SELECT 1 FROM "blacklist_entries" b WHERE b."menteeId" = ${menteeId}::uuid AND b."mentorId" = u."userID")`,
  ]);
  const max = capacity();
  const ranked = candidates
    .filter((mentor) => mentor.rosterSize < max)
    .map((mentor) => ({ id: mentor.id, firstName: mentor.firstName, openSpots: max - mentor.rosterSize, ...compatibility(mentee, mentor) }))
    .sort((a, b) => b.score - a.score || b.openSpots - a.openSpots || a.firstName.localeCompare(b.firstName))
    .slice(0, limit);
  const rows = new Map(
    (await prisma.user.findMany({ where: { id: { in: ranked.map((entry) => entry.id) } }, include: userInclude })).map((mentor) => [mentor.id, mentor]),
  );
  // A mentor deleted between the two reads is simply left out.
  return ranked.flatMap(({ id, score, reasons, openSpots }) => {
    const mentor = rows.get(id);
    return mentor ? [{ mentor, score, reasons, openSpots }] : [];
  });
}
