/**
 * Fixed-window rate limits stored in PostgreSQL, so they hold across serverless instances.
 * A window is identified by its start; one atomic upsert counts an event.
 */
import { prisma } from "./db";
import { getEnv } from "./env";

export interface Limit {
  /** Part of the stored key. */
  name: string;
  max: number;
  windowMs: number;
}

const MINUTE = 60_000;

/** The limits of the app; the counts are settings (README, "Settings"), the windows are fixed. */
export function limits() {
  const env = getEnv();
  return {
    loginFailuresPerAccount: { name: "login-account", max: env.LOGIN_MAX_FAILURES_PER_ACCOUNT, windowMs: 15 * MINUTE },
    loginFailuresPerIp: { name: "login-ip", max: env.LOGIN_MAX_FAILURES_PER_IP, windowMs: 15 * MINUTE },
    // Subject `<requester ip>:<address>`, so a third party cannot use up the owner's quota (lib/users/account-emails.ts).
    emailsPerAddress: { name: "email", max: env.EMAIL_MAX_PER_ADDRESS, windowMs: 60 * MINUTE },
    requestsPerIp: { name: "requests-ip", max: env.REQUESTS_MAX_PER_IP, windowMs: 10 * MINUTE },
  } satisfies Record<string, Limit>;
}

export interface LimitState {
  allowed: boolean;
  /** Whole seconds until the current window ends. */
  retryAfter: number;
  /** Start of the window the event was counted in (for `refund`). */
  windowStart: Date;
}

function window(limit: Limit, now: number) {
  const start = Math.floor(now / limit.windowMs) * limit.windowMs;
  return { start: new Date(start), retryAfter: Math.max(1, Math.ceil((start + limit.windowMs - now) / 1000)) };
}

const keyOf = (limit: Limit, subject: string) => `${limit.name}:${subject}`;

/**
 * The account address a subject names, stored beside the key so the purge can forget a deleted
 * account's windows through an index: the subject's last `:`-separated part when it contains an `@`
 * (`jdoe@ucla.edu`, `<ip>:jdoe@ucla.edu`; an IPv6 address has colons but no `@`). Addresses never
 * contain a colon (the email schema, lib/users/schemas.ts, refuses one).
 */
export function addressOf(subject: string): string | null {
  const last = subject.slice(subject.lastIndexOf(":") + 1);
  return last.includes("@") ? last : null;
}

/**
 * Counts one event; `allowed` is false once the count goes past the limit. The increment and the
 * read are one statement, so parallel callers each see a different count: with a limit of 5,
 * exactly 5 of 60 simultaneous callers are allowed.
 */
export async function consume(limit: Limit, subject: string): Promise<LimitState> {
  const { start, retryAfter } = window(limit, Date.now());
  const [row] = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO "rate_limits" ("key", "windowStart", "count", "email") VALUES (${keyOf(limit, subject)}, ${start}, 1, ${addressOf(subject)})
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "rate_limits"."count" + 1
    RETURNING "count"`;
  return { allowed: (row?.count ?? 1) <= limit.max, retryAfter, windowStart: start };
}

/** Takes back one event counted by `consume` (e.g. an attempt that turned out to succeed). */
export async function refund(limit: Limit, subject: string, windowStart: Date): Promise<void> {
  await prisma.$executeRaw`
    UPDATE "rate_limits" SET "count" = "count" - 1
    WHERE "key" = ${keyOf(limit, subject)} AND "windowStart" = ${windowStart} AND "count" > 0`;
}

/** Whether another event would still be allowed, without counting one. */
export async function check(limit: Limit, subject: string): Promise<LimitState> {
  const { start, retryAfter } = window(limit, Date.now());
  const row = await prisma.rateLimit.findUnique({ where: { key_windowStart: { key: keyOf(limit, subject), windowStart: start } } });
  return { allowed: (row?.count ?? 0) < limit.max, retryAfter, windowStart: start };
}

export async function reset(limit: Limit, subject: string): Promise<void> {
  await prisma.rateLimit.deleteMany({ where: { key: keyOf(limit, subject) } });
}

/** Old windows are useless; the purge job calls this. */
export async function deleteExpiredWindows(olderThan = new Date(Date.now() - 24 * 60 * MINUTE)): Promise<number> {
  const { count } = await prisma.rateLimit.deleteMany({ where: { windowStart: { lt: olderThan } } });
  return count;
}
