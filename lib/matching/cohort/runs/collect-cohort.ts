/**
 * Who a cohort run covers, read in three statements:
 * - every verified, live (not deleted, active) MENTEE without a mentor, with the profile columns
 *   scoring needs;
 * - every verified, live MENTOR with the seats they have left: their own capacity
 *   (`mentorCapacity`, lib/matching/queries.ts) minus their roster, 0 when full or paused (not
 *   accepting new mentees), with the same columns — full and paused mentors too, so a pin to one
 *   can be refused by name;
 * - the blocks between them (blacklist_entries).
 * Both lists are in email order, so the same database gives the same matrix (the solver is
 * deterministic for the same input).
 */
import { prisma } from "@/lib/db";
import { mentorCapacity } from "@/lib/matching/queries";
import type { Profile } from "@/lib/matching/score";

export interface CohortMentee extends Profile {
  id: string;
  email: string;
}

export interface CohortMentor extends CohortMentee {
  /** Seats left: capacity − roster, at least 0; 0 while paused. */
  seats: number;
  /** Not taking new mentees (the mentor paused): no seats. */
  paused: boolean;
}

export interface Cohort {
  mentees: CohortMentee[];
  mentors: CohortMentor[];
  /** `${menteeId} ${mentorId}` of every block between a cohort mentee and a mentor. */
  blocked: Set<string>;
}

export const blockKey = (menteeId: string, mentorId: string) => `${menteeId} ${mentorId}`;

export async function collectCohort(): Promise<Cohort> {
  const mentees = await prisma.$queryRaw<CohortMentee[]>`
    SELECT u."userID"::text AS "id", u."email", u."year", u."major", u."minor", u."clubs", u."hobbies",
           u."firstgen", u."transfer", u."international", u."commuter", u."outofstate"
    FROM "users" u
    WHERE u."role" = 'MENTEE' AND u."isVerified" AND NOT u."isDeleted" AND u."isActive"
      AND u."matchedMentorId" IS NULL AND NOT u."isMatched"
    ORDER BY u."email"`;
  const rows = await prisma.$queryRaw<(CohortMentee & { roster: number; menteeCapacity: number | null; acceptingMentees: boolean })[]>`
    SELECT u."userID"::text AS "id", u."email", u."year", u."major", u."minor", u."clubs", u."hobbies",
           u."firstgen", u."transfer", u."international", u."commuter", u."outofstate", r."roster",
           u."menteeCapacity", u."acceptingMentees"
    FROM "users" u
    CROSS JOIN LATERAL (SELECT count(*)::int AS "roster" FROM "users" m WHERE m."matchedMentorId" = u."userID") r
    WHERE u."role" = 'MENTOR' AND u."isVerified" AND NOT u."isDeleted" AND u."isActive"
    ORDER BY u."email"`;
  const mentors = rows.map(({ roster, menteeCapacity, acceptingMentees, ...mentor }) => ({
    ...mentor,
    paused: !acceptingMentees,
    seats: acceptingMentees ? Math.max(0, mentorCapacity({ menteeCapacity }) - roster) : 0,
  }));
  const blocks = await prisma.$queryRaw<{ menteeId: string; mentorId: string }[]>`
    SELECT b."menteeId"::text AS "menteeId", b."mentorId"::text AS "mentorId"
    FROM "blacklist_entries" b JOIN "users" u ON u."userID" = b."menteeId"
    WHERE u."role" = 'MENTEE' AND u."matchedMentorId" IS NULL`;
  return { mentees, mentors, blocked: new Set(blocks.map((b) => blockKey(b.menteeId, b.mentorId))) };
}
