import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { removeRelationships } from "@/lib/matching/remove-relationships";
import { deliverNotificationEmails } from "@/lib/notifications/notify";
import { lockedTransaction } from "@/lib/transaction";
import type { Role } from "@prisma/client";

export interface ChangeRoleOptions {
  userId: string;
  newRole: "MENTEE" | "MENTOR";
}

const LABEL: Record<Role, string> = { MENTEE: "a mentee", MENTOR: "a mentor", ADMIN: "an admin" };

/**
 * Switches MENTEE ⇄ MENTOR (`User.change_role`). Before the switch every match, roster entry,
 * request and chat message involving the user is removed and the other side's matching state
 * corrected, in the caller's transaction when given one. Compatibility scores are not stored
 * (lib/matching/suggest-mentors.ts), so there are none to remove or refresh.
 */
export async function changeRole({ userId, newRole }: ChangeRoleOptions, tx?: Tx): Promise<void> {
  const run = async (db: Tx) => {
    // Locks the user's row so two switches of one account cannot interleave.
    const [user] = await db.$queryRaw<{ role: Role }[]>`SELECT "role" FROM "users" WHERE "userID" = ${userId}::uuid FOR UPDATE`;
    if (!user) throw new AppError("NOT_FOUND", "User not found");
    if (user.role === "ADMIN") throw new AppError("FORBIDDEN", "Admin accounts cannot switch roles");
    if (user.role === newRole) throw AppError.invalid(`You are already ${LABEL[newRole]}`, { new_role: [`You are already ${LABEL[newRole]}`] });
    await removeRelationships(db, userId);
    await db.user.update({ where: { id: userId }, data: { role: newRole } });
  };
  if (tx) await run(tx);
  // The clean-up writes other users' rows (the mentor, the roster) after this one's: a parallel
  // accept or removal that locks them in the other order can deadlock, and is retried.
  else {
    await lockedTransaction(run);
    // The former partners' MATCH_ENDED emails (removeRelationships); a caller's own transaction delivers after its commit.
    deliverNotificationEmails();
  }
}
