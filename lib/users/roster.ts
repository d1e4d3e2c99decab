/** A mentor's roster (`current_mentees`, capped by MAX_MENTEES) and `remove_mentee`. */
import { prisma, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { capacity, requireRole, userInclude } from "@/lib/matching/queries";
import { lockedTransaction, lockUsers } from "@/lib/transaction";
import { notifyMatchEnded } from "@/lib/notifications/match-ended";
import { deliverNotificationEmails } from "@/lib/notifications/notify";
import { normalizeEmail } from "./email";

export async function getRoster({ mentorId }: { mentorId: string }) {
  const mentor = await requireRole(mentorId, "MENTOR", "Only mentors have a roster");
  const mentees = await prisma.user.findMany({ where: { matchedMentorId: mentorId }, include: userInclude, orderBy: { matchedAt: "asc" } });
  // The mentor's own capacity (1–MAX_MENTEES), and whether they take new mentees at all.
  return { mentees, capacity: capacity(mentor), acceptingMentees: mentor.acceptingMentees };
}

/**
 * Ends a match: both sides become unmatched (the mentor's roster is no longer full), the pair's
 * accepted request becomes ENDED (with `reason`, shown to the other side) and the pair's chat is
 * deleted. Runs inside the caller's transaction, with both rows locked.
 */
export async function endMatch(tx: Tx, mentorId: string, menteeId: string, reason = ""): Promise<void> {
  await tx.mentorshipRequest.updateMany({ where: { menteeId, mentorId, status: "ACCEPTED" }, data: { status: "ENDED", endedAt: new Date(), endReason: reason } });
  await tx.user.update({ where: { id: menteeId }, data: { matchedMentorId: null, matchedAt: null, isMatched: false } });
  await tx.user.update({ where: { id: mentorId }, data: { isMatched: false } });
  await tx.chatMessage.deleteMany({
    where: { OR: [{ senderId: mentorId, recipientId: menteeId }, { senderId: menteeId, recipientId: mentorId }] },
  });
}

/**
 * `remove_mentee`. The student is looked up by email to know whose row to lock; whether they are on
 * this roster is decided again once both rows are locked, so a removal that waited for a block, a
 * role switch or another removal answers 404 instead of ending a match that is already over (or
 * one the student has meanwhile made with another mentor).
 */
export async function removeMentee({ mentorId, menteeEmail }: { mentorId: string; menteeEmail: string }) {
  const roster = await lockedTransaction(async (tx) => {
    await requireRole(mentorId, "MENTOR", "Only mentors have a roster", tx);
    const notOnRoster = () => new AppError("NOT_FOUND", "This student is not on your roster");
    const found = await tx.user.findUnique({ where: { email: normalizeEmail(menteeEmail) }, select: { id: true, matchedMentorId: true } });
    if (!found || found.matchedMentorId !== mentorId) throw notOnRoster();
    await lockUsers(tx, [mentorId, found.id]);
    await requireRole(mentorId, "MENTOR", "Only mentors have a roster", tx);
    const mentee = await tx.user.findUnique({ where: { id: found.id }, select: { matchedMentorId: true } });
    if (mentee?.matchedMentorId !== mentorId) throw notOnRoster();
    await endMatch(tx, mentorId, found.id);
    await notifyMatchEnded(tx, { mentorId, menteeId: found.id, by: "mentor" });
    return tx.user.findMany({ where: { matchedMentorId: mentorId }, include: userInclude, orderBy: { matchedAt: "asc" } });
  });
  deliverNotificationEmails();
  return roster;
}
