/**
 * A user's in-app notifications: the list (newest first, the newest LIST_LIMIT), the unread count
 * and marking read. Only the signed-in user's own rows are ever read or changed.
 */
import { prisma } from "@/lib/db";
import { parseInput } from "@/lib/users/validate";
import { chatLink } from "./events";
import { markReadSchema } from "./schemas";

export const LIST_LIMIT = 50;

export function unreadNotificationCount(userId: string): Promise<number> {
  return prisma.notification.count({ where: { userId, readAt: null } });
}

export async function listNotifications({ userId }: { userId: string }) {
  const [notifications, unread] = await Promise.all([
    prisma.notification.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: LIST_LIMIT,
      select: { id: true, kind: true, title: true, body: true, link: true, createdAt: true, readAt: true },
    }),
    unreadNotificationCount(userId),
  ]);
  return { notifications, unread };
}

export type NotificationRow = Awaited<ReturnType<typeof listNotifications>>["notifications"][number];

export function serializeNotification(n: NotificationRow) {
  return { id: n.id, kind: n.kind, title: n.title, body: n.body, link: n.link, createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null };
}

/** Marks the given notifications (or all, without `ids`) read; ids of other users' rows are ignored. Returns the unread count. */
export async function markNotificationsRead({ userId, input }: { userId: string; input: unknown }): Promise<number> {
  const { ids } = parseInput(markReadSchema, input ?? {});
  await prisma.notification.updateMany({ where: { userId, readAt: null, ...(ids ? { id: { in: ids } } : {}) }, data: { readAt: new Date() } });
  return unreadNotificationCount(userId);
}

/**
 * The recipient has seen a conversation (opened or polled it): its messages and its NEW_MESSAGE
 * notification are read. Cheap when there is nothing unread (two indexed no-op updates).
 */
export async function markConversationRead({ userId, partner }: { userId: string; partner: { id: string } }): Promise<void> {
  const now = new Date();
  await prisma.$transaction([
    prisma.chatMessage.updateMany({ where: { recipientId: userId, senderId: partner.id, readAt: null }, data: { readAt: now } }),
    prisma.notification.updateMany({ where: { userId, kind: "NEW_MESSAGE", link: chatLink(partner.id), readAt: null }, data: { readAt: now } }),
  ]);
}

/** Marks one of the user's notifications read and answers its link; null when it is not theirs. */
export async function openNotification({ userId, id }: { userId: string; id: string }): Promise<string | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
  const notification = await prisma.notification.findFirst({ where: { id, userId }, select: { link: true, readAt: true } });
  if (!notification) return null;
  if (!notification.readAt) await prisma.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: new Date() } });
  return notification.link;
}
