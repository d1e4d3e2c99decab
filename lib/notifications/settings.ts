/**
 * Per-kind email settings (`GET/PUT /api/users/notification-settings`) and the signed one-click
 * unsubscribe. A kind is on unless the user has an opt-out row for it; security kinds have none.
 */
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/users/validate";
import { isSecurityKind, NOTIFICATION_KINDS, type NotificationKindName } from "./kinds";
import { SECURITY_OFF_MESSAGE, settingsSchema } from "./schemas";
import { readUnsubscribeToken } from "./unsubscribe-token";

export type EmailSettings = { email: Record<NotificationKindName, boolean> };

export async function getNotificationSettings({ userId }: { userId: string }): Promise<EmailSettings> {
  const off = new Set((await prisma.notificationEmailOptOut.findMany({ where: { userId }, select: { kind: true } })).map((row) => row.kind as string));
  return { email: Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, isSecurityKind(kind) || !off.has(kind)])) as EmailSettings["email"] };
}

async function setEmail(userId: string, kind: NotificationKindName, on: boolean): Promise<void> {
  if (on) await prisma.notificationEmailOptOut.deleteMany({ where: { userId, kind } });
  else await prisma.notificationEmailOptOut.createMany({ data: [{ userId, kind }], skipDuplicates: true });
}

export async function updateNotificationSettings({ userId, input }: { userId: string; input: unknown }): Promise<EmailSettings> {
  const { email } = parseInput(settingsSchema, input);
  const changes = Object.entries(email).filter((entry): entry is [NotificationKindName, boolean] => typeof entry[1] === "boolean" && !isSecurityKind(entry[0]));
  await prisma.$transaction(async (tx) => {
    const off = changes.filter(([, on]) => !on).map(([kind]) => ({ userId, kind }));
    const on = changes.filter(([, value]) => value).map(([kind]) => kind);
    if (on.length) await tx.notificationEmailOptOut.deleteMany({ where: { userId, kind: { in: on } } });
    if (off.length) await tx.notificationEmailOptOut.createMany({ data: off, skipDuplicates: true });
  });
  return getNotificationSettings({ userId });
}

const INVALID_LINK = "This unsubscribe link is invalid. Open the link from the email again, or change your settings under Account.";

/** The account and kind of a signed unsubscribe link: INVALID_INPUT when forged or for a security kind, NOT_FOUND when the account is gone. */
async function linkTarget(token: unknown) {
  const target = readUnsubscribeToken(token);
  if (!target) throw AppError.invalid(INVALID_LINK);
  if (isSecurityKind(target.kind)) throw AppError.invalid(SECURITY_OFF_MESSAGE);
  const user = await prisma.user.findUnique({ where: { id: target.userId }, select: { id: true, email: true } });
  if (!user) throw new AppError("NOT_FOUND", "This account no longer exists");
  return { ...target, email: user.email };
}

/** Turns one kind's emails off from a signed link, without a session. Idempotent. */
export async function unsubscribeWithLink({ token }: { token: unknown }): Promise<{ kind: NotificationKindName; email: string }> {
  const target = await linkTarget(token);
  await setEmail(target.userId, target.kind, false);
  return { kind: target.kind, email: target.email };
}

/** Undoes `unsubscribeWithLink` (the confirmation page's "Resubscribe"). */
export async function resubscribeWithLink({ token }: { token: unknown }): Promise<{ kind: NotificationKindName; email: string }> {
  const target = await linkTarget(token);
  await setEmail(target.userId, target.kind, true);
  return { kind: target.kind, email: target.email };
}
