/**
 * The outbox sender behind `deliverNotificationEmails()` (notify.ts). Rows are claimed with
 * `FOR UPDATE SKIP LOCKED`, so several servers (or several calls) never send one email twice; a
 * claimed row is marked sent before the transport is called (at most once: a failed send is logged
 * and not retried, and its `emailSentAt` is cleared so it does not count for NEW_MESSAGE throttling).
 */
import { after } from "next/server";
import { prisma } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { sendEmail } from "@/lib/email/send-email";
import { notificationEmail } from "@/lib/email/templates";
import { isSecurityKind, type NotificationKindName } from "./kinds";
import { unsubscribeUrls } from "./unsubscribe-token";

const BATCH = 50;

interface Claimed {
  id: string;
  userId: string;
  kind: NotificationKindName;
  title: string;
  body: string;
  link: string;
  email: string;
}

async function claimBatch(): Promise<Claimed[]> {
  // Drop what is no longer wanted: a conversation read since, or a kind turned off since.
  await prisma.$executeRaw`
    UPDATE "notifications" n SET "emailPendingAt" = NULL
    WHERE n."emailPendingAt" IS NOT NULL
      AND ((n."kind" = 'NEW_MESSAGE' AND n."readAt" IS NOT NULL)
        OR EXISTS (SELECT 1 FROM "notification_email_opt_outs" o WHERE o."userId" = n."userId" AND o."kind" = n."kind"))`;
  return prisma.$queryRaw<Claimed[]>`
    WITH claimed AS (
      UPDATE "notifications" SET "emailPendingAt" = NULL, "emailSentAt" = now()
      WHERE "id" IN (
        SELECT "id" FROM "notifications" WHERE "emailPendingAt" IS NOT NULL
        ORDER BY "emailPendingAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
      RETURNING "id", "userId", "kind", "title", "body", "link"
    )
    SELECT c."id", c."userId", c."kind"::text AS "kind", c."title", c."body", c."link", u."email"
    FROM claimed c JOIN "users" u ON u."userID" = c."userId"`;
}

async function send(row: Claimed): Promise<void> {
  const base = getEnv().FRONTEND_URL;
  const message = notificationEmail({
    to: row.email,
    kind: row.kind,
    title: row.title,
    body: row.body,
    url: `${base}${row.link}`,
    unsubscribe: isSecurityKind(row.kind) ? undefined : unsubscribeUrls(row.userId, row.kind),
  });
  if (!(await sendEmail(message))) await prisma.notification.updateMany({ where: { id: row.id }, data: { emailSentAt: null } });
}

/** Sends every pending notification email; resolves with how many were claimed. */
export async function deliverPendingNotificationEmails(): Promise<number> {
  let total = 0;
  for (;;) {
    const batch = await claimBatch();
    total += batch.length;
    await Promise.all(batch.map(send));
    if (batch.length < BATCH) return total;
  }
}

let running: Promise<void> | null = null;
let again = false;

function run(): Promise<void> {
  return deliverPendingNotificationEmails().then(
    () => undefined,
    (error: unknown) => console.error(`[notifications] email delivery failed: ${error instanceof Error ? error.message : String(error)}`),
  );
}

/** Starts a delivery run unless one is running (then that run goes round once more). */
export function startDelivery(): void {
  if (running) {
    again = true;
  } else {
    running = (async () => {
      do {
        again = false;
        await run();
      } while (again);
    })().finally(() => {
      running = null;
    });
  }
  // Inside a request, keep a serverless function alive until the emails are out; elsewhere
  // (scripts, tests) there is no request scope and the promise simply runs.
  try {
    after(running);
  } catch {
    // outside a request scope
  }
}

/** Resolves when no delivery is running (tests wait on it before reading the sink). */
export async function notificationDeliveriesSettled(): Promise<void> {
  while (running) await running;
}
