import { SYSTEM_ACTOR } from "@/lib/audit/actions";
import { prisma } from "@/lib/db";
import { deletePicture } from "@/lib/pictures/store-picture";
import { deleteExpiredWindows } from "@/lib/rate-limit";

/** Accounts per statement: large enough that 100,000 take a few dozen statements, small enough to hold few locks for long. */
export const PURGE_BATCH_SIZE = 5_000;

/** Picture deletions in flight at once (each may be a Cloudinary call). */
const PICTURE_CONCURRENCY = 8;

export interface PurgeExpiredAccountsOptions {
  batchSize?: number;
}

/**
 * `User.permanently_delete_expired_accounts`: hard-deletes every account whose grace period has
 * passed, with everything that refers to it — sessions, mentoring rows (ON DELETE CASCADE), its
 * rate-limit rows and its picture in storage — and returns how many it deleted.
 *
 * Set-based: each batch is one statement that claims up to `batchSize` expired accounts, deletes
 * them (PostgreSQL cascades to every table that refers to them, each through an index) and deletes
 * their rate-limit windows, found by the indexed `rate_limits.email` (lib/rate-limit.ts), and
 * writes one "deletion.purge" audit entry per account (the log has no foreign keys, so it keeps
 * them: who was purged and when is what a coordinator is asked about later). The
 * statement commits on its own; only then are the pictures deleted, and only those the purged user
 * owns (`deletePicture`), so a failed batch never loses a picture of an account that still exists.
 *
 * Safe to run twice at once: the claim is FOR UPDATE SKIP LOCKED, so two runs never pick the same
 * account. Only accounts whose period has passed are claimed, and the lock re-checks that on the
 * row's latest version: a cancel (which requires the period to be running) that commits first
 * keeps its account, and one that comes after the claim waits and then finds nothing to restore.
 */
export async function purgeExpiredAccounts({ batchSize = PURGE_BATCH_SIZE }: PurgeExpiredAccountsOptions = {}): Promise<number> {
  let total = 0;
  while (true) {
    const purged = await prisma.$queryRaw<{ id: string; picture: string }[]>`
      WITH "claimed" AS (
        SELECT "userID" FROM "users"
        WHERE "isDeleted" AND "permanentDeletionDate" <= now()
        ORDER BY "permanentDeletionDate" LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED
      ), "purged" AS (
        DELETE FROM "users" WHERE "userID" IN (SELECT "userID" FROM "claimed")
        RETURNING "userID", "email", "profilePictureUrl", "deletionRequestedDate"
      ), "windows" AS (
        DELETE FROM "rate_limits" WHERE "email" IN (SELECT "email" FROM "purged")
      ), "audited" AS (
        INSERT INTO "audit_events" ("id", "actorEmail", "action", "targetId", "targetEmail", "details")
        SELECT gen_random_uuid(), ${SYSTEM_ACTOR}, 'deletion.purge', "userID", "email",
               jsonb_build_object('deletion_requested_date', "deletionRequestedDate")
        FROM "purged"
      )
      SELECT "userID"::text AS "id", "profilePictureUrl" AS "picture" FROM "purged"`;
    await deletePictures(purged);
    total += purged.length;
    if (purged.length < batchSize) break;
  }
  await deleteExpiredWindows();
  return total;
}

/** After the commit: each purged user's own picture (`deletePicture` leaves anyone else's alone; it never throws). */
async function deletePictures(purged: { id: string; picture: string }[]): Promise<void> {
  const withPicture = purged.filter((row) => row.picture);
  for (let start = 0; start < withPicture.length; start += PICTURE_CONCURRENCY) {
    await Promise.all(withPicture.slice(start, start + PICTURE_CONCURRENCY).map((row) => deletePicture(row.picture, row.id)));
  }
}
