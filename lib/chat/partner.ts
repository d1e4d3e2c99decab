/**
 * The chat page's address names the partner by user id, not by email (issue 12: addresses end up
 * in browser history, logs and Referer headers). The JSON API keeps its /api/chat/{partner_email}.
 */
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const notYourChat = () => new AppError("FORBIDDEN", "You can only chat with your matched mentor or mentee");

/**
 * The partner whose user id is `partnerId`, when `userId` and they are a matched pair; FORBIDDEN
 * otherwise, the same for an unknown id and a stranger's, so the page says nothing of who exists.
 */
export async function matchedPartnerById({ userId, partnerId }: { userId: string; partnerId: string }) {
  if (!UUID.test(partnerId)) throw notYourChat();
  const [user, partner] = await Promise.all([
    prisma.user.findUnique({ where: { id: userId }, select: { id: true, matchedMentorId: true } }),
    prisma.user.findUnique({ where: { id: partnerId }, select: { id: true, email: true, matchedMentorId: true } }),
  ]);
  const matched = user && partner && (user.matchedMentorId === partner.id || partner.matchedMentorId === user.id);
  if (!matched) throw notYourChat();
  return { id: partner.id, email: partner.email };
}
