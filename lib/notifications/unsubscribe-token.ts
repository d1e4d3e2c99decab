/**
 * Signed one-click unsubscribe links: `<userId>.<KIND>.<HMAC-SHA256>` with a key derived from
 * AUTH_SECRET, so the link works without logging in and nobody can forge one for someone else or
 * for another kind. The links do not expire: an unsubscribe link in an old email should still work.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { getEnv } from "@/lib/env";
import { isNotificationKind, type NotificationKindName } from "./kinds";

const PURPOSE = "bruinbridge:notification-unsubscribe:v1";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function signature(userId: string, kind: string): string {
  return createHmac("sha256", getEnv().AUTH_SECRET).update(`${PURPOSE}:${userId.toLowerCase()}:${kind}`).digest("base64url");
}

export function unsubscribeToken(userId: string, kind: NotificationKindName): string {
  return `${userId}.${kind}.${signature(userId, kind)}`;
}

/** The user and kind a token names, or null when it is malformed or its signature is wrong. */
export function readUnsubscribeToken(token: unknown): { userId: string; kind: NotificationKindName } | null {
  if (typeof token !== "string" || token.length > 200) return null;
  const [userId, kind, given, ...rest] = token.split(".");
  if (rest.length > 0 || !userId || !given || !UUID.test(userId) || !isNotificationKind(kind)) return null;
  const expected = Buffer.from(signature(userId, kind));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return { userId: userId.toLowerCase(), kind };
}

/** The page a person opens from the email, and the RFC 8058 one-click POST target of `List-Unsubscribe`. */
export function unsubscribeUrls(userId: string, kind: NotificationKindName): { pageUrl: string; oneClickUrl: string } {
  const base = getEnv().FRONTEND_URL;
  const token = encodeURIComponent(unsubscribeToken(userId, kind));
  return { pageUrl: `${base}/unsubscribe?token=${token}`, oneClickUrl: `${base}/api/notifications/unsubscribe?token=${token}` };
}
