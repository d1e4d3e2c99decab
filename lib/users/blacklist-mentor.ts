import { findMentor, requireRole } from "@/lib/matching/queries";
import { lockedTransaction, lockUsers } from "@/lib/transaction";
import { endMatch } from "./roster";

/**
 * A mentee blocks a mentor (`blacklist_mentor`, idempotent): a match with that mentor ends, the
 * pending requests to them are withdrawn, and they no longer appear in suggestions nor accept the
 * mentee. Returns the emails of every mentor the mentee has blocked.
 */
export async function blacklistMentor({ menteeId, mentorEmail }: { menteeId: string; mentorEmail: unknown }): Promise<string[]> {
  return lockedTransaction(async (tx) => {
    await requireRole(menteeId, "MENTEE", "Only mentees can block mentors", tx);
    const mentor = await findMentor(mentorEmail, tx);
    await lockUsers(tx, [menteeId, mentor.id]);
    await tx.blacklistEntry.upsert({ where: { menteeId_mentorId: { menteeId, mentorId: mentor.id } }, create: { menteeId, mentorId: mentor.id }, update: {} });
    const mentee = await tx.user.findUniqueOrThrow({ where: { id: menteeId }, select: { matchedMentorId: true } });
    if (mentee.matchedMentorId === mentor.id) await endMatch(tx, mentor.id, menteeId);
    await tx.mentorshipRequest.updateMany({ where: { menteeId, mentorId: mentor.id, status: "PENDING" }, data: { status: "WITHDRAWN", decidedAt: new Date() } });
    const entries = await tx.blacklistEntry.findMany({ where: { menteeId }, include: { mentor: { select: { email: true } } }, orderBy: { createdAt: "asc" } });
    return entries.map((entry) => entry.mentor.email);
  });
}
