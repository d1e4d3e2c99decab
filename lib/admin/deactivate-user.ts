import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/users/validate";
import { adminChange, type AdminChangeOptions } from "./admin-change";
import type { AdminUser } from "./admin-user";
import { reasonSchema } from "./schemas";

export interface DeactivateUserOptions extends Omit<AdminChangeOptions, "superuser"> {
  /** Untrusted: `{ reason }` (required, kept in the audit log). */
  input: unknown;
}

/**
 * Switches an account off: every session is revoked in the same transaction (the next request of
 * any of them is signed out), login answers 403 (lib/users/authenticate-user.ts), and the user
 * drops out of suggestions and mentors' incoming requests. Matches, requests and data are kept, so
 * activating the account brings everything back. An admin cannot switch themself off (nobody
 * could switch them on from the console they are locked out of).
 */
export async function deactivateUser({ input, ...options }: DeactivateUserOptions): Promise<AdminUser> {
  const { reason } = parseInput(reasonSchema, input ?? {});
  return adminChange(options, async (tx, actor, target) => {
    if (target.id === actor.id) throw new AppError("CONFLICT", "You cannot deactivate your own account");
    if (!target.isActive) throw new AppError("CONFLICT", "This account is already deactivated");
    await tx.user.update({ where: { id: target.id }, data: { isActive: false } });
    const { count } = await tx.session.deleteMany({ where: { userId: target.id } });
    return { action: "user.deactivate", details: { reason, sessions_revoked: count } };
  });
}
