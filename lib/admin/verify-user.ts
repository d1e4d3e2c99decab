import { AppError } from "@/lib/errors";
import { adminChange, type AdminChangeOptions } from "./admin-change";
import type { AdminUser } from "./admin-user";

export type VerifyUserOptions = Omit<AdminChangeOptions, "superuser">;

/**
 * Marks an account's email as verified by hand, for a student whose link never arrived. The
 * pending link is left as it is: clicking it later answers "already verified".
 */
export async function verifyUser(options: VerifyUserOptions): Promise<AdminUser> {
  return adminChange(options, async (tx, _actor, target) => {
    if (target.isVerified) throw new AppError("CONFLICT", "This account is already verified");
    await tx.user.update({ where: { id: target.id }, data: { isVerified: true } });
    return { action: "user.verify" };
  });
}
