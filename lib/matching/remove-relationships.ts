/**
 * Removes everything that ties a user to others in the mentoring program — their match (as a
 * mentee) or roster (as a mentor), every mentorship request they sent or received and every chat
 * message — and corrects the other side's matching state. The accepted request of a match this
 * ends stays, as ENDED, so the other side's list says what happened (issue 11) rather than losing
 * the row; the purge's cascade removes it with the account.
 * Role changes and account deletion call it inside their transaction so that nothing outlives them.
 * Blocked mentors stay blocked: that is the mentee's choice, not a relationship.
 */
import type { Tx } from "@/lib/db";
import { notifyPartnersOfDeparture } from "@/lib/notifications/match-ended";

export async function removeRelationships(tx: Tx, userId: string): Promise<void> {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { matchedMentorId: true } });
  // Their mentor and mentees are told (MATCH_ENDED); the caller delivers the emails after its commit.
  await notifyPartnersOfDeparture(tx, userId);

  // As a mentee: leave the mentor's roster; a full roster now has room, so the mentor is unmatched.
  if (user.matchedMentorId) {
    await tx.user.update({ where: { id: user.matchedMentorId }, data: { isMatched: false } });
  }
  // As a mentor: every mentee on the roster becomes unmatched.
  await tx.user.updateMany({ where: { matchedMentorId: userId }, data: { matchedMentorId: null, matchedAt: null, isMatched: false } });
  await tx.user.update({ where: { id: userId }, data: { matchedMentorId: null, matchedAt: null, isMatched: false } });

  const theirs = { OR: [{ menteeId: userId }, { mentorId: userId }] };
  await tx.mentorshipRequest.updateMany({ where: { ...theirs, status: "ACCEPTED" }, data: { status: "ENDED", endedAt: new Date() } });
  await tx.mentorshipRequest.deleteMany({ where: { ...theirs, status: { not: "ENDED" } } });
  await tx.chatMessage.deleteMany({ where: { OR: [{ senderId: userId }, { recipientId: userId }] } });
}
