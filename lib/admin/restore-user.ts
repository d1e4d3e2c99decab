import { AppError } from "@/lib/errors";
import { isGracePeriodOver } from "@/lib/users/grace-period";
import { adminChange, type AdminChangeOptions } from "./admin-change";
import type { AdminUser } from "./admin-user";

export type RestoreUserOptions = Omit<AdminChangeOptions, "superuser">;

/**
 * Cancels a pending deletion for a student who deleted their account by mistake — the same change
 * as their own cancel (lib/users/cancel-account-deletion.ts). The row is locked, and the purge
 * claims rows FOR UPDATE SKIP LOCKED and only past their period, so the two cannot both win:
 * inside the period this restores; after it, 409 even if the purge has not run yet. The matches
 * and requests removed at deletion stay removed.
 */
export async function restoreUser(options: RestoreUserOptions): Promise<AdminUser> {
  return adminChange(options, async (tx, _actor, target) => {
    if (!target.isDeleted) throw AppError.invalid("This account is not scheduled for deletion");
    if (isGracePeriodOver(target)) throw new AppError("CONFLICT", "The grace period is over; this account can no longer be recovered");
    await tx.user.update({ where: { id: target.id }, data: { isDeleted: false, deletionRequestedDate: null, permanentDeletionDate: null } });
    return { action: "user.restore", details: { permanent_deletion_date: target.permanentDeletionDate?.toISOString() ?? null } };
  });
}
