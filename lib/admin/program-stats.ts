import { prisma } from "@/lib/db";
import { getEnv } from "@/lib/env";

export const BACKGROUNDS = ["firstgen", "transfer", "international", "commuter", "outofstate"] as const;
export type Background = (typeof BACKGROUNDS)[number];

/** Weeks shown in `signups_by_week`, the current one included. */
export const SIGNUP_WEEKS = 26;

export interface ProgramStats {
  users: { total: number; mentees: number; mentors: number; admins: number; verified: number; profile_complete: number; pending_deletion: number; deactivated: number };
  matching: { matched_mentees: number; unmatched_mentees: number; open_mentor_seats: number; pending_requests: number };
  by_background: Record<Background, { mentees: number; matched: number }>;
  /** Monday of each ISO week (YYYY-MM-DD, UTC), oldest first, the last SIGNUP_WEEKS weeks with zeros filled in. */
  signups_by_week: { week: string; mentees: number; mentors: number }[];
  /** Mentees and matched mentees by academic year ("0"…"5", then "unknown"). */
  by_year: { year: string; mentees: number; matched: number }[];
}

/**
 * The program dashboard's numbers. Definitions (the API contract names them; the meaning is ours):
 * - `users`: every account row, whatever its state; `profile_complete` as in API.md (first and
 *   last name, year and a major).
 * - Mentees "in the program" are role MENTEE, active and not pending deletion; `matching`,
 *   `by_background` and `by_year` count only them (matched = has a mentor).
 * - `open_mentor_seats`: each mentor's own capacity (`capacity(mentor)`: their choice, at most
 *   MAX_MENTEES) minus the roster size, summed over the mentors who take new mentees (verified,
 *   active, not pending deletion, not paused).
 * - `signups_by_week`: accounts by the week of `dateJoined` and their current role.
 * Each figure is one aggregate in PostgreSQL, so the dashboard costs a few index-friendly scans.
 */
export async function programStats(): Promise<ProgramStats> {
  const max = getEnv().MAX_MENTEES;
  const [[users], [matching], background, years, weeks] = await Promise.all([
    prisma.$queryRaw<ProgramStats["users"][]>`
      SELECT count(*)::int AS "total",
             (count(*) FILTER (WHERE "role" = 'MENTEE'))::int AS "mentees",
             (count(*) FILTER (WHERE "role" = 'MENTOR'))::int AS "mentors",
             (count(*) FILTER (WHERE "role" = 'ADMIN'))::int AS "admins",
             (count(*) FILTER (WHERE "isVerified"))::int AS "verified",
             (count(*) FILTER (WHERE btrim("firstName") <> '' AND btrim("lastName") <> '' AND "year" IS NOT NULL
                                 AND EXISTS (SELECT 1 FROM unnest("major") m WHERE btrim(m) <> '')))::int AS "profile_complete",
             (count(*) FILTER (WHERE "isDeleted"))::int AS "pending_deletion",
             (count(*) FILTER (WHERE NOT "isActive"))::int AS "deactivated"
      FROM "users"`,
    prisma.$queryRaw<ProgramStats["matching"][]>`
      SELECT (SELECT count(*) FROM "users" WHERE "role" = 'MENTEE' AND "isActive" AND NOT "isDeleted" AND "matchedMentorId" IS NOT NULL)::int AS "matched_mentees",
             (SELECT count(*) FROM "users" WHERE "role" = 'MENTEE' AND "isActive" AND NOT "isDeleted" AND "matchedMentorId" IS NULL)::int AS "unmatched_mentees",
             (SELECT coalesce(sum(greatest(least(coalesce(m."menteeCapacity", ${max}::int), ${max}::int) - (SELECT count(*) FROM "users" r WHERE r."matchedMentorId" = m."userID"), 0)), 0)
                FROM "users" m WHERE m."role" = 'MENTOR' AND m."isVerified" AND m."isActive" AND NOT m."isDeleted" AND m."acceptingMentees")::int AS "open_mentor_seats",
             (SELECT count(*) FROM "mentorship_requests" WHERE "status" = 'PENDING')::int AS "pending_requests"`,
    prisma.$queryRaw<{ background: Background; mentees: number; matched: number }[]>`
      SELECT b."background", count(u."userID")::int AS "mentees", (count(u."userID") FILTER (WHERE u."matchedMentorId" IS NOT NULL))::int AS "matched"
      FROM unnest(${[...BACKGROUNDS]}::text[]) AS b("background")
      LEFT JOIN "users" u ON u."role" = 'MENTEE' AND u."isActive" AND NOT u."isDeleted"
        AND CASE b."background" WHEN 'firstgen' THEN u."firstgen" WHEN 'transfer' THEN u."transfer" WHEN 'international' THEN u."international"
                                WHEN 'commuter' THEN u."commuter" WHEN 'outofstate' THEN u."outofstate" END
      GROUP BY b."background"`,
    prisma.$queryRaw<{ year: number | null; mentees: number; matched: number }[]>`
      SELECT "year", count(*)::int AS "mentees", (count(*) FILTER (WHERE "matchedMentorId" IS NOT NULL))::int AS "matched"
      FROM "users" WHERE "role" = 'MENTEE' AND "isActive" AND NOT "isDeleted"
      GROUP BY "year" ORDER BY "year" NULLS LAST`,
    prisma.$queryRaw<{ week: string; mentees: number; mentors: number }[]>`
      SELECT to_char(w."week", 'YYYY-MM-DD') AS "week",
             (count(u."userID") FILTER (WHERE u."role" = 'MENTEE'))::int AS "mentees",
             (count(u."userID") FILTER (WHERE u."role" = 'MENTOR'))::int AS "mentors"
      FROM generate_series(date_trunc('week', now() AT TIME ZONE 'UTC') - make_interval(weeks => ${SIGNUP_WEEKS - 1}::int),
                           date_trunc('week', now() AT TIME ZONE 'UTC'), interval '1 week') AS w("week")
      LEFT JOIN "users" u ON date_trunc('week', u."dateJoined" AT TIME ZONE 'UTC') = w."week"
      GROUP BY w."week" ORDER BY w."week"`,
  ]);
  const byBackground = Object.fromEntries(background.map(({ background: name, mentees, matched }) => [name, { mentees, matched }]));
  return {
    users: users as ProgramStats["users"],
    matching: matching as ProgramStats["matching"],
    by_background: byBackground as ProgramStats["by_background"],
    signups_by_week: weeks,
    by_year: years.map(({ year, mentees, matched }) => ({ year: year === null ? "unknown" : String(year), mentees, matched })),
  };
}
