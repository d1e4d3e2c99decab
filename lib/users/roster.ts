/** A mentor's roster (`current_mentees`, capped by MAX_MENTEES) and `remove_mentee`. */
import { prisma, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { capacity, requireRole, userInclude } from "@/lib/matching/queries";
import { lockedTransaction, lockUsers } from "@/lib/transaction";
import { normalizeEmail } from "./email";

export async function getRoster({ mentorId }: { mentorId: string }) {
  await requireRole(mentorId, "MENTOR", "Only mentors have a roster");
  const mentees = await prisma.user.findMany({ where: { matchedMentorId: mentorId }, include: userInclude, orderBy: { matchedAt: "asc" } });
  return { mentees, capacity: capacity() };
}

/**
 * Ends a match: both sides become unmatched (the mentor's roster is no longer full) and the
 * pair's chat is deleted. Runs inside the caller's transaction, with both rows locked.
 */
export async function endMatch(tx: Tx, mentorId: string, menteeId: string): Promise<void> {
  await tx.user.update({ where: { id: menteeId }, data: { matchedMentorId: null, matchedAt: null, isMatched: false } });
  await tx.user.update({ where: { id: mentorId }, data: { isMatched: false } });
  await tx.chatMessage.deleteMany({
    where: { OR: [{ senderId: mentorId, recipientId: menteeId }, { senderId: menteeId, recipientId: mentorId }] },
  });
}

export async function removeMentee({ mentorId, menteeEmail }: { mentorId: string; menteeEmail: string }) {
  return lockedTransaction(async (tx) => {
    await requireRole(mentorId, "MENTOR", "Only mentors have a roster", tx);
    const mentee = await tx.user.findUnique({ where: { email: normalizeEmail(menteeEmail) }, select: { id: true, matchedMentorId: true } });
    if (!mentee || mentee.matchedMentorId !== mentorId) throw new AppError("NOT_FOUND", "This student is not on your roster");
    await lockUsers(tx, [mentorId, mentee.id]);
    await endMatch(tx, mentorId, mentee.id);
    return tx.user.findMany({ where: { matchedMentorId: mentorId }, include: userInclude, orderBy: { matchedAt: "asc" } });
  });
}
