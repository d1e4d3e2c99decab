import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notifyMatchEnded } from "@/lib/notifications/match-ended";
import { deliverNotificationEmails } from "@/lib/notifications/notify";
import { lockUsers } from "@/lib/transaction";
import { endMatch } from "@/lib/users/roster";
import { parseInput } from "@/lib/users/validate";
import { adminChange, type AdminChangeOptions } from "./admin-change";
import type { AdminUser } from "./admin-user";
import { reasonSchema } from "./schemas";

export interface EndMatchAsAdminOptions extends Omit<AdminChangeOptions, "superuser"> {
  /** Untrusted: `{ reason }` (required, kept in the audit log). */
  input: unknown;
}

type Pair = { mentorId: string; menteeId: string; mentorEmail: string; menteeEmail: string };

/** The user's matches: as a mentee (their mentor) and as a mentor (their roster). */
async function matchesOf(tx: Tx, userId: string): Promise<Pair[]> {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, matchedMentor: { select: { id: true, email: true } } } });
  const roster = await tx.user.findMany({ where: { matchedMentorId: userId }, select: { id: true, email: true }, orderBy: { matchedAt: "asc" } });
  return [
    ...(user.matchedMentor ? [{ mentorId: user.matchedMentor.id, mentorEmail: user.matchedMentor.email, menteeId: user.id, menteeEmail: user.email }] : []),
    ...roster.map((mentee) => ({ mentorId: user.id, mentorEmail: user.email, menteeId: mentee.id, menteeEmail: mentee.email })),
  ];
}

/**
 * Ends a match after a complaint: a mentee's match, or every match of a mentor, with the same
 * clean-up as a mentor removing a mentee (lib/users/roster.ts `endMatch`: both sides unmatched,
 * the pair's chat deleted). Every row involved is locked, then the matches are read again, so a
 * parallel accept or removal either committed first and is seen here, or waits for this commit.
 */
export async function endMatchAsAdmin({ input, ...options }: EndMatchAsAdminOptions): Promise<AdminUser> {
  const { reason } = parseInput(reasonSchema, input ?? {});
  const user = await adminChange(options, async (tx, _actor, target) => {
    const seen = await matchesOf(tx, target.id);
    await lockUsers(tx, seen.flatMap((pair) => [pair.mentorId, pair.menteeId]));
    const pairs = await matchesOf(tx, target.id);
    if (pairs.length === 0) throw new AppError("CONFLICT", "This user is not matched");
    for (const pair of pairs) await endMatch(tx, pair.mentorId, pair.menteeId);
    // The admin's reason is for the audit log (it may quote a complaint); the students are told the program ended it.
    for (const pair of pairs) await notifyMatchEnded(tx, { mentorId: pair.mentorId, menteeId: pair.menteeId, by: "admin" });
    return { action: "match.end", details: { reason, ended: pairs.map(({ mentorEmail, menteeEmail }) => ({ mentor: mentorEmail, mentee: menteeEmail })) } };
  });
  deliverNotificationEmails();
  return user;
}
