/**
 * The compatibility of one mentor with some mentees (the mentor's incoming requests, a mentee's own
 * match), computed from their profiles like the suggestions: scores are never stored, so they always
 * reflect both profiles as they are now.
 */
import { prisma } from "@/lib/db";
import { compatibility, type Compatibility } from "./score";

export interface PairScoresOptions {
  mentorId: string;
  menteeIds: string[];
}

const profileColumns = {
  id: true, year: true, major: true, minor: true, clubs: true, hobbies: true,
  firstgen: true, transfer: true, international: true, commuter: true, outofstate: true,
} as const;

/** Each mentee's compatibility with the mentor, by mentee id; users that no longer exist are absent. */
export async function pairScores({ mentorId, menteeIds }: PairScoresOptions): Promise<Map<string, Compatibility>> {
  if (menteeIds.length === 0) return new Map();
  const profiles = await prisma.user.findMany({ where: { id: { in: [mentorId, ...menteeIds] } }, select: profileColumns });
  const mentor = profiles.find((profile) => profile.id === mentorId);
  if (!mentor) return new Map();
  return new Map(
    menteeIds.flatMap((menteeId) => {
      const mentee = profiles.find((profile) => profile.id === menteeId);
      return mentee ? [[menteeId, compatibility(mentee, mentor)] as const] : [];
    }),
  );
}
