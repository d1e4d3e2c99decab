import { findMentor, requireLiveMentor, requireRole } from "@/lib/matching/queries";
import { lockedTransaction, lockUsers } from "@/lib/transaction";
import { notifyMatchEnded } from "@/lib/notifications/match-ended";
import { deliverNotificationEmails } from "@/lib/notifications/notify";
import { endMatch } from "./roster";

/**
 * A mentee blocks a mentor (`blacklist_mentor`, idempotent): a match with that mentor ends, the
 * pending requests to them are withdrawn, and they no longer appear in suggestions nor accept the
 * mentee. Returns the emails of every mentor the mentee has blocked.
 */
export async function blacklistMentor({ menteeId, mentorEmail }: { menteeId: string; mentorEmail: unknown }): Promise<string[]> {
  const blocked = await lockedTransaction(async (tx) => {
    await requireRole(menteeId, "MENTEE", "Only mentees can block mentors", tx);
    const { id: mentorId } = await findMentor(mentorEmail, tx);
    await lockUsers(tx, [menteeId, mentorId]);
    // Decided again under the locks: either side may have switched role (or the mentor left) meanwhile.
    const mentee = await requireRole(menteeId, "MENTEE", "Only mentees can block mentors", tx);
    await requireLiveMentor(mentorId, tx);
    await tx.blacklistEntry.upsert({ where: { menteeId_mentorId: { menteeId, mentorId } }, create: { menteeId, mentorId }, update: {} });
    if (mentee.matchedMentorId === mentorId) {
      await endMatch(tx, mentorId, menteeId);
      // The mentor learns that the mentorship ended, not that they were blocked.
      await notifyMatchEnded(tx, { mentorId, menteeId, by: "mentee" });
    }
    await tx.mentorshipRequest.updateMany({ where: { menteeId, mentorId, status: "PENDING" }, data: { status: "WITHDRAWN", decidedAt: new Date() } });
    const entries = await tx.blacklistEntry.findMany({ where: { menteeId }, include: { mentor: { select: { email: true } } }, orderBy: { createdAt: "asc" } });
    return entries.map((entry) => entry.mentor.email);
  });
  deliverNotificationEmails();
  return blocked;
}
