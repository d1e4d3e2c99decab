import { AppError } from "@/lib/errors";
import { removeRelationships } from "@/lib/matching/remove-relationships";
import { adminChange, type AdminChangeOptions } from "./admin-change";
import type { AdminUser } from "./admin-user";

export interface SetAdminRoleOptions extends Omit<AdminChangeOptions, "superuser"> {
  /** true: promote to ADMIN (staff); false: demote to MENTEE. */
  admin: boolean;
}

/**
 * A superuser promotes a verified, active user to ADMIN or demotes an admin (Django's `is_staff`
 * switch). Admins take no part in mentoring, so a promotion removes the user's match or roster,
 * requests and chats in the same transaction, exactly like a role change; a demoted admin starts
 * over as a MENTEE. The last active superuser cannot be demoted, so the console always has someone
 * who can manage admins; superusers themselves are only made with `npm run create-admin`.
 */
export async function setAdminRole({ admin, ...options }: SetAdminRoleOptions): Promise<AdminUser> {
  return adminChange({ ...options, superuser: true }, async (tx, _actor, target) => {
    if (admin) {
      if (target.role === "ADMIN") throw new AppError("CONFLICT", "This user is already an admin");
      if (!target.isVerified || !target.isActive || target.isDeleted) {
        throw new AppError("CONFLICT", "Only a verified, active account that is not being deleted can become an admin");
      }
      await removeRelationships(tx, target.id);
      await tx.user.update({ where: { id: target.id }, data: { role: "ADMIN", isStaff: true } });
      return { action: "user.promote", details: { previous_role: target.role } };
    }
    if (target.role !== "ADMIN") throw new AppError("CONFLICT", "This user is not an admin");
    if (target.isSuperuser) {
      // Every superuser row is locked, so two superusers demoting each other at once cannot both succeed.
      const others = await tx.$queryRaw<{ id: string }[]>`
        SELECT "userID"::text AS "id" FROM "users"
        WHERE "role" = 'ADMIN' AND "isSuperuser" AND "isActive" AND NOT "isDeleted" AND "userID" <> ${target.id}::uuid
        FOR UPDATE`;
      if (others.length === 0) throw new AppError("CONFLICT", "This is the last superuser; create another one with npm run create-admin first");
    }
    await tx.user.update({ where: { id: target.id }, data: { role: "MENTEE", isStaff: false, isSuperuser: false } });
    return { action: "user.demote", details: { was_superuser: target.isSuperuser } };
  });
}
