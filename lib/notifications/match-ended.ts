import type { Tx } from "@/lib/db";
import { matchEnded, type EndedBy } from "./events";
import { notify } from "./notify";

const PERSON = { id: true, email: true, firstName: true, lastName: true } as const;

/**
 * MATCH_ENDED for both sides of a pair, inside the transaction that ended the match (call
 * `deliverNotificationEmails()` after it commits). `reason` is shown to both.
 */
export async function notifyMatchEnded(tx: Tx, { mentorId, menteeId, by, reason = "" }: { mentorId: string; menteeId: string; by: EndedBy; reason?: string }): Promise<void> {
  const [mentor, mentee] = await Promise.all([tx.user.findUniqueOrThrow({ where: { id: mentorId }, select: PERSON }), tx.user.findUniqueOrThrow({ where: { id: menteeId }, select: PERSON })]);
  await notify(tx, { userId: menteeId, ...matchEnded({ partner: mentor, recipientRole: "MENTEE", by, reason }) });
  await notify(tx, { userId: mentorId, ...matchEnded({ partner: mentee, recipientRole: "MENTOR", by, reason }) });
}

/**
 * MATCH_ENDED for the partners of someone who leaves mentoring (deletes the account, switches role,
 * becomes staff): their mentor and every mentee on their roster. Call it before the relationships
 * are removed, inside that transaction.
 */
export async function notifyPartnersOfDeparture(tx: Tx, userId: string): Promise<void> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { ...PERSON, matchedMentorId: true } });
  if (!user) return;
  if (user.matchedMentorId) await notify(tx, { userId: user.matchedMentorId, ...matchEnded({ partner: user, recipientRole: "MENTOR", by: "mentee" }) });
  const mentees = await tx.user.findMany({ where: { matchedMentorId: userId }, select: { id: true } });
  for (const mentee of mentees) await notify(tx, { userId: mentee.id, ...matchEnded({ partner: user, recipientRole: "MENTEE", by: "mentor" }) });
}
