import type { Role } from "@prisma/client";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SerializableUser } from "@/lib/users/serialize";
import { capacity } from "./queries";
import { scorerFor, type Profile } from "./score";

/** `localeCompare`'s order (the same default collation), without building a collator per comparison. */
const byName = new Intl.Collator().compare;

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

/** A suggested mentor as the API and the page show them: the public profile, nothing secret. */
export type SuggestedMentor = SerializableUser & { matchedMentor: { email: string } | null };

export interface Suggestion {
  mentor: SuggestedMentor;
  score: number;
  reasons: string[];
  openSpots: number;
}

/**
 * Mentors for a mentee, best score first: verified, live mentors with room on their roster,
 * excluding those the mentee blocked and the mentee themself. Ties go to the mentor with more room,
 * then by first name. Also left out:
 * - mentors who paused new requests (`acceptingMentees` false) or whose own capacity
 *   (`capacity(mentor)`, lib/matching/queries.ts) is taken;
 * - mentors whose profile is incomplete: a mentee decides on the card, so a mentor is suggested only
 *   with a first and last name, a year, at least one major and goals (their "about me", shown on the
 *   card) — stricter than `profile_complete` of the API, which does not ask for goals;
 * - mentors in an earlier year than the mentee (a same-year mentor is suggested, ranked lower by the
 *   score's same-year penalty). A mentee who has not given their year sees every year.
 *
 * Scores are computed here, from the two profiles (`compatibility` is pure and cheap), rather than
 * stored per mentee × mentor pair: at program scale a stored table is tens of millions of rows
 * rewritten on every profile change, while computing takes a few milliseconds per call and can
 * never be stale. Three small statements, no ORM row mapping on the wide one:
 * 1. the mentee's profile (and role: only mentees get suggestions);
 * 2. the eligible mentors with room, only the columns scoring and ranking need
 *    (users_role_isVerified_isDeleted_isActive_idx finds them, users_matchedMentorId_idx counts
 *    each roster);
 * 3. the public profiles of the `limit` mentors shown.
 */
export async function suggestMentors({ menteeId, limit = 50 }: SuggestMentorsOptions): Promise<Suggestion[]> {
  const [mentee] = await prisma.$queryRaw<(Profile & { role: Role })[]>`
    SELECT "role"::text AS "role", "year", "major", "minor", "clubs", "hobbies", "firstgen", "transfer", "international", "commuter", "outofstate"
    FROM "users" WHERE "userID" = ${menteeId}::uuid`;
  if (!mentee) throw new AppError("UNAUTHORIZED", "Authentication required");
  if (mentee.role !== "MENTEE") throw new AppError("FORBIDDEN", "Only mentees get mentor suggestions");

  const max = capacity();
  // The mentor's own capacity (capacity(mentor) in SQL): menteeCapacity, never above MAX_MENTEES.
  const candidates = await prisma.$queryRaw<(Candidate & { seats: number })[]>`
    SELECT u."userID"::text AS "id", u."firstName", u."year", u."major", u."minor", u."clubs", u."hobbies",
           u."firstgen", u."transfer", u."international", u."commuter", u."outofstate", r."rosterSize",
           LEAST(COALESCE(u."menteeCapacity", ${max}), ${max})::int AS "seats"
    FROM "users" u
    CROSS JOIN LATERAL (SELECT count(*)::int AS "rosterSize" FROM "users" m WHERE m."matchedMentorId" = u."userID") r
    WHERE u."role" = 'MENTOR' AND u."isVerified" AND NOT u."isDeleted" AND u."isActive" AND u."acceptingMentees"
      AND u."userID" <> ${menteeId}::uuid
      AND NOT EXISTS (SELECT 1 FROM "blacklist_entries" b WHERE b."menteeId" = ${menteeId}::uuid AND b."mentorId" = u."userID")
      AND r."rosterSize" < LEAST(COALESCE(u."menteeCapacity", ${max}), ${max})
      AND btrim(u."firstName") <> '' AND btrim(u."lastName") <> '' AND u."year" IS NOT NULL AND btrim(u."goals") <> ''
      AND EXISTS (SELECT 1 FROM unnest(u."major") AS studied(name) WHERE btrim(studied.name) <> '')
      AND (${mentee.year}::int IS NULL OR u."year" >= ${mentee.year}::int)`;

  const scoreOf = scorerFor(mentee);
  const ranked = candidates
    .map((mentor) => ({ id: mentor.id, firstName: mentor.firstName, openSpots: mentor.seats - mentor.rosterSize, ...scoreOf(mentor) }))
    .sort((a, b) => b.score - a.score || b.openSpots - a.openSpots || byName(a.firstName, b.firstName))
    .slice(0, limit);
  if (ranked.length === 0) return [];

  const profiles = await prisma.$queryRaw<(Omit<SuggestedMentor, "matchedMentor"> & { matchedMentorEmail: string | null })[]>`
    SELECT u."userID"::text AS "id", u."email", u."firstName", u."lastName", u."role"::text AS "role", u."year", u."major", u."minor",
           u."hobbies", u."clubs", u."goals", u."international", u."commuter", u."firstgen", u."outofstate", u."transfer",
           u."otherBackground", u."isMatched", u."profilePictureUrl", u."isDeleted", u."permanentDeletionDate",
           m."email" AS "matchedMentorEmail"
    FROM "users" u LEFT JOIN "users" m ON m."userID" = u."matchedMentorId"
    WHERE u."userID" = ANY(${ranked.map((entry) => entry.id)}::uuid[])`;
  const byId = new Map(
    profiles.map(({ matchedMentorEmail, ...mentor }) => [mentor.id, { ...mentor, matchedMentor: matchedMentorEmail === null ? null : { email: matchedMentorEmail } }]),
  );
  // A mentor deleted between the two reads is simply left out.
  return ranked.flatMap(({ id, score, reasons, openSpots }) => {
    const mentor = byId.get(id);
    return mentor ? [{ mentor, score, reasons, openSpots }] : [];
  });
}
