/**
 * The kinds of notification (the `NotificationKind` enum of prisma/schema.prisma) as plain strings,
 * so client components can list them without importing the Prisma client.
 */
export const NOTIFICATION_KINDS = [
  "REQUEST_RECEIVED",
  "REQUEST_ACCEPTED",
  "REQUEST_DECLINED",
  "MATCH_ENDED",
  "NEW_MESSAGE",
  "MATCHED_BY_PROGRAM",
  "PASSWORD_CHANGED",
  "DELETION_SCHEDULED",
] as const;

export type NotificationKindName = (typeof NOTIFICATION_KINDS)[number];

/** Security kinds: their emails cannot be turned off (API.md, Notifications). */
export const SECURITY_KINDS: readonly NotificationKindName[] = ["PASSWORD_CHANGED", "DELETION_SCHEDULED"];

export const isSecurityKind = (kind: string) => (SECURITY_KINDS as readonly string[]).includes(kind);

export const isNotificationKind = (value: unknown): value is NotificationKindName =>
  typeof value === "string" && (NOTIFICATION_KINDS as readonly string[]).includes(value);

/** What each kind is about, in the words of the settings page and the unsubscribe page. */
export const KIND_LABELS: Record<NotificationKindName, { label: string; description: string }> = {
  REQUEST_RECEIVED: { label: "New mentoring requests", description: "A mentee asks you to be their mentor." },
  REQUEST_ACCEPTED: { label: "Request accepted", description: "A mentor accepts your request." },
  REQUEST_DECLINED: { label: "Request declined", description: "A mentor declines your request." },
  MATCH_ENDED: { label: "Match ended", description: "A mentorship you are part of ends." },
  NEW_MESSAGE: { label: "New chat messages", description: "Your mentor or mentee writes to you (at most one email per conversation an hour)." },
  MATCHED_BY_PROGRAM: { label: "Matched by the program", description: "The program coordinators match you with someone." },
  PASSWORD_CHANGED: { label: "Password changed", description: "Your password was changed or reset." },
  DELETION_SCHEDULED: { label: "Account deletion scheduled", description: "Your account is scheduled for deletion." },
};
