import { prisma } from "@/lib/db";
import { deletePicture } from "@/lib/pictures/store-picture";
import { deleteExpiredWindows } from "@/lib/rate-limit";

export const PURGE_BATCH_SIZE = 100;

/**
 * `User.permanently_delete_expired_accounts`: hard-deletes every account whose grace period has
 * passed, with everything that refers to it — sessions, mentoring rows (ON DELETE CASCADE), its
 * rate-limit rows and its picture in storage — in batches, and returns how many it deleted.
 *
 * Safe to run twice at once: each batch claims its rows with FOR UPDATE SKIP LOCKED, so two runs
 * never pick the same account. Only accounts whose period has passed are selected, and a cancel
 * (which requires the period to be running) waits on the row lock and then finds nothing to restore.
 */
export async function purgeExpiredAccounts({ batchSize = PURGE_BATCH_SIZE }: { batchSize?: number } = {}): Promise<number> {
  let total = 0;
  while (true) {
    const purged = await prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string; email: string; picture: string }[]>`
        SELECT "userID"::text AS "id", "email", "profilePictureUrl" AS "picture" FROM "users"
        WHERE "isDeleted" AND "permanentDeletionDate" <= now()
        ORDER BY "permanentDeletionDate" LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED`;
      if (rows.length === 0) return [];
      await tx.user.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { isActive: false } });
      await tx.user.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
      await tx.rateLimit.deleteMany({ where: { OR: rows.map((r) => ({ key: { endsWith: `:${r.email}` } })) } });
      return rows;
    });
    for (const row of purged) if (row.picture) await deletePicture(row.picture, row.id); // only if it is the purged user's own
    total += purged.length;
    if (purged.length < batchSize) break;
  }
  await deleteExpiredWindows();
  return total;
}
