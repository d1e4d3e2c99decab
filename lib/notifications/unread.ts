/**
 * Unread markers of the dashboard and the chat lists: messages the user has not seen yet (by
 * conversation partner) and, for a mentor, requests waiting for an answer. Counted from the
 * current partners only, so nothing of an ended match lingers.
 */
import { prisma } from "@/lib/db";

/** Unread messages to `userId`, by the sender's id (current partners only). */
export async function unreadMessagesByPartner(userId: string): Promise<Map<string, number>> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { matchedMentorId: true } });
  const rows = await prisma.chatMessage.groupBy({
    by: ["senderId"],
    where: { recipientId: userId, readAt: null, sender: { OR: [{ matchedMentorId: userId }, ...(user?.matchedMentorId ? [{ id: user.matchedMentorId }] : [])] } },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.senderId, row._count._all]));
}

export async function unreadMarkers(userId: string, role: string): Promise<{ newRequests: number; unreadConversations: number; unreadByPartner: Map<string, number> }> {
  const [unreadByPartner, newRequests] = await Promise.all([
    unreadMessagesByPartner(userId),
    role === "MENTOR" ? prisma.mentorshipRequest.count({ where: { mentorId: userId, status: "PENDING", mentee: { isActive: true } } }) : Promise.resolve(0),
  ]);
  return { newRequests, unreadConversations: unreadByPartner.size, unreadByPartner };
}

export const countLabel = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
