/** A mentee ends their match (the mentee's side of a mentor's "remove mentee"). */
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notifyMatchEnded } from "@/lib/notifications/match-ended";
import { deliverNotificationEmails } from "@/lib/notifications/notify";
import { lockedTransaction, lockUsers } from "@/lib/transaction";
import { endMatch } from "@/lib/users/roster";
import { parseInput } from "@/lib/users/validate";
import { requireRole } from "./queries";
import { endMatchSchema } from "./schemas";

/**
 * Ends the mentee's current match, with an optional reason the mentor reads: both become unmatched,
 * the accepted request becomes ENDED, the chat is closed (deleted, as when a mentor removes a
 * mentee) and both sides get MATCH_ENDED. The mentor is read first only to know whose row to lock;
 * the match is read again under both locks, so an end that waited for a removal, a block or an
 * admin's end-match answers CONFLICT ("no mentor") instead of ending a match that is already over.
 */
export async function endMatchAsMentee({ menteeId, input }: { menteeId: string; input: unknown }): Promise<void> {
  const { reason } = parseInput(endMatchSchema, input ?? {});
  const noMatch = () => new AppError("CONFLICT", "You do not have a mentor right now");
  const seen = await prisma.user.findUnique({ where: { id: menteeId }, select: { matchedMentorId: true } });
  if (!seen?.matchedMentorId) {
    await requireRole(menteeId, "MENTEE", "Only mentees can end a match with their mentor");
    throw noMatch();
  }
  await lockedTransaction(async (tx) => {
    await lockUsers(tx, [menteeId, seen.matchedMentorId!]);
    const mentee = await requireRole(menteeId, "MENTEE", "Only mentees can end a match with their mentor", tx);
    if (!mentee.matchedMentorId || mentee.matchedMentorId !== seen.matchedMentorId) throw noMatch();
    await endMatch(tx, mentee.matchedMentorId, mentee.id, reason);
    await notifyMatchEnded(tx, { mentorId: mentee.matchedMentorId, menteeId: mentee.id, by: "mentee", reason });
  });
  deliverNotificationEmails();
}

/**
 * The latest ended match between a user and someone named by user id or email, as the closed chat
 * page tells it ("Your mentorship with Alex Kim ended on …"), or null when they never had one.
 */
export async function endedMatchWith(userId: string, partner: string): Promise<{ partnerName: string; endedAt: Date | null } | null> {
  const other = await prisma.user.findFirst({
    where: partner.includes("@") ? { email: partner.trim().toLowerCase() } : /^[0-9a-f-]{36}$/i.test(partner) ? { id: partner } : { id: { in: [] } },
    select: { id: true, email: true, firstName: true, lastName: true },
  });
  if (!other) return null;
  const ended = await prisma.mentorshipRequest.findFirst({
    where: { status: "ENDED", OR: [{ menteeId: userId, mentorId: other.id }, { menteeId: other.id, mentorId: userId }] },
    orderBy: [{ endedAt: { sort: "desc", nulls: "last" } }, { decidedAt: "desc" }],
    select: { endedAt: true },
  });
  if (!ended) return null;
  const partnerName = [other.firstName.trim(), other.lastName.trim()].filter(Boolean).join(" ") || other.email;
  return { partnerName, endedAt: ended.endedAt };
}
