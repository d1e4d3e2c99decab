/**
 * Notifications, for every event someone should hear about (API.md, Notifications).
 *
 * `notify(tx, …)` writes the in-app notification inside the caller's transaction, so it exists if and
 * only if the event committed. When the user wants the kind by email (security kinds always; others
 * unless opted out; nobody deactivated or leaving gets non-security mail) the row is also marked
 * `emailPendingAt`: an outbox. After the commit the caller calls `deliverNotificationEmails()`, which
 * sends what is pending in the background; it never throws and never delays the action. A crash
 * between the two leaves the row pending, and the next delivery (anyone's) sends it.
 *
 * NEW_MESSAGE: one unread notification per conversation (a new message updates it rather than
 * stacking one per message), and at most one email per conversation per hour — a message within an
 * hour of the conversation's last email (sent or still pending) only updates the in-app notification;
 * an email still waiting when the recipient reads the conversation is dropped.
 */
import type { NotificationKind } from "@prisma/client";
import type { Tx } from "@/lib/db";
import { isSecurityKind } from "./kinds";
import { startDelivery } from "./deliver";

export interface NotificationInput {
  userId: string;
  kind: NotificationKind;
  /** Names the other person; also the email's subject. ≤ 200 characters (longer is cut). */
  title: string;
  /** ≤ 1000 characters (longer is cut). */
  body: string;
  /** A path of this site, e.g. "/chat/jdoe@ucla.edu". */
  link: string;
}

export const NEW_MESSAGE_EMAIL_INTERVAL_MS = 60 * 60 * 1000;

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The stored text of a notification: the link checked to be a path of this site, every field clipped to its column. */
function content(n: NotificationInput) {
  if (!n.link.startsWith("/") || n.link.startsWith("//")) throw new Error(`notify: link must be a path of this site, got ${JSON.stringify(n.link)}`);
  return { title: clip(n.title, 200), body: clip(n.body, 1000), link: clip(n.link, 500) };
}

/**
 * The email rule of `notify` and `notifyMany`: security kinds always; other kinds unless the user
 * opted out, and never to someone deactivated or leaving; nobody without an account.
 */
function emailWanted(user: { isActive: boolean; isDeleted: boolean } | null | undefined, kind: NotificationKind, optedOut: boolean): boolean {
  if (!user) return false;
  if (isSecurityKind(kind)) return true;
  return user.isActive && !user.isDeleted && !optedOut;
}

async function wantsEmail(tx: Tx, userId: string, kind: NotificationKind): Promise<boolean> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { isActive: true, isDeleted: true } });
  // The opt-out is read only where it could change the answer.
  const optedOut =
    emailWanted(user, kind, false) && !isSecurityKind(kind) && !!(await tx.notificationEmailOptOut.findUnique({ where: { userId_kind: { userId, kind } }, select: { kind: true } }));
  return emailWanted(user, kind, optedOut);
}

export async function notify(tx: Tx, n: NotificationInput): Promise<void> {
  const data = content(n);
  const now = new Date();
  let email = await wantsEmail(tx, n.userId, n.kind);

  if (n.kind !== "NEW_MESSAGE") {
    await tx.notification.create({ data: { userId: n.userId, kind: n.kind, ...data, createdAt: now, emailPendingAt: email ? now : null } });
    return;
  }

  // Two messages at once in one conversation must not both decide that no email went out this hour.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`notify:${n.userId}:${data.link}`}, 0))`;
  const conversation = { userId: n.userId, kind: n.kind, link: data.link };
  if (email) {
    const recent = await tx.notification.findFirst({
      where: { ...conversation, OR: [{ emailPendingAt: { not: null } }, { emailSentAt: { gt: new Date(now.getTime() - NEW_MESSAGE_EMAIL_INTERVAL_MS) } }] },
      select: { id: true },
    });
    email = !recent;
  }
  const open = await tx.notification.findFirst({ where: { ...conversation, readAt: null }, orderBy: { createdAt: "desc" }, select: { id: true } });
  if (open) {
    await tx.notification.update({ where: { id: open.id }, data: { ...data, createdAt: now, ...(email ? { emailPendingAt: now } : {}) } });
  } else {
    await tx.notification.create({ data: { ...conversation, ...data, createdAt: now, emailPendingAt: email ? now : null } });
  }
}

/**
 * `notify` for many notifications at once, of any kind but NEW_MESSAGE (which collapses per
 * conversation): the same rows and the same email rule in three statements instead of three per
 * notification, so a cohort publish that tells 4,000 people stays well inside its transaction.
 */
export async function notifyMany(tx: Tx, list: NotificationInput[]): Promise<void> {
  if (list.length === 0) return;
  for (const n of list) if (n.kind === "NEW_MESSAGE") throw new Error("notifyMany: NEW_MESSAGE collapses per conversation, use notify");
  const contents = list.map(content);
  const userIds = [...new Set(list.map((n) => n.userId))];
  const kinds = [...new Set(list.map((n) => n.kind))];
  const users = new Map((await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, isActive: true, isDeleted: true } })).map((user) => [user.id, user]));
  const optOuts = new Set(
    (await tx.notificationEmailOptOut.findMany({ where: { userId: { in: userIds }, kind: { in: kinds } }, select: { userId: true, kind: true } })).map((o) => `${o.userId} ${o.kind}`),
  );
  const now = new Date();
  await tx.notification.createMany({
    data: list.flatMap((n, k) =>
      users.has(n.userId)
        ? [{ userId: n.userId, kind: n.kind, ...contents[k]!, createdAt: now, emailPendingAt: emailWanted(users.get(n.userId), n.kind, optOuts.has(`${n.userId} ${n.kind}`)) ? now : null }]
        : [],
    ),
  });
}

/**
 * Sends the pending notification emails in the background. Call it after the transaction that
 * called `notify` has committed. Never throws, never blocks.
 */
export function deliverNotificationEmails(): void {
  startDelivery();
}
