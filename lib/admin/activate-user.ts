import { AppError } from "@/lib/errors";
import { adminChange, type AdminChangeOptions } from "./admin-change";
import type { AdminUser } from "./admin-user";

export type ActivateUserOptions = Omit<AdminChangeOptions, "superuser">;

/** Switches a deactivated account back on: login works again and the user reappears where they were. */
export async function activateUser(options: ActivateUserOptions): Promise<AdminUser> {
  return adminChange(options, async (tx, _actor, target) => {
    if (target.isActive) throw new AppError("CONFLICT", "This account is already active");
    await tx.user.update({ where: { id: target.id }, data: { isActive: true } });
    return { action: "user.activate" };
  });
}
