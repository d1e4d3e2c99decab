/**
 * The acting admin of a console write, read inside the write's transaction. The route helper
 * (requireAdmin) and the pages (requirePageAdmin) check the session's role too; this second check
 * keeps the rule in the domain, so a new adapter cannot forget it and a demotion or deactivation
 * that commits first is seen.
 */
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import type { AuditAction } from "@/lib/audit/actions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockedTransaction } from "@/lib/transaction";
import { adminUserSelect, serializeAdminUser, type AdminUser } from "./admin-user";

export async function requireAdminActor(tx: Tx, actorId: string, { superuser = false }: { superuser?: boolean } = {}) {
  const actor = z.uuid().safeParse(actorId).success
    ? await tx.user.findUnique({ where: { id: actorId }, select: { id: true, email: true, role: true, isActive: true, isDeleted: true, isSuperuser: true } })
    : null;
  if (!actor || !actor.isActive || actor.isDeleted || actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only BruinBridge staff can do this");
  if (superuser && !actor.isSuperuser) throw new AppError("FORBIDDEN", "Only a superuser can change who is an admin");
  return actor;
}

/**
 * The target user's row, locked for the rest of the transaction (FOR UPDATE), so its state is read
 * after any change that commits first and no parallel write slips in between check and change.
 * NOT_FOUND for an unknown id (or one that is not a UUID at all).
 */
export async function lockTargetUser(tx: Tx, userId: string) {
  if (!z.uuid().safeParse(userId).success) throw new AppError("NOT_FOUND", "User not found");
  const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "userID"::text AS "id" FROM "users" WHERE "userID" = ${userId}::uuid FOR UPDATE`;
  if (!locked) throw new AppError("NOT_FOUND", "User not found");
  return tx.user.findUniqueOrThrow({ where: { id: userId }, select: adminUserSelect });
}

export interface AdminChangeOptions {
  /** From the session. */
  actorId: string;
  userId: string;
  /** The admin's address, kept in the audit entry. */
  ip?: string | null;
  /** Only a superuser may make this change. */
  superuser?: boolean;
}

type Actor = Awaited<ReturnType<typeof requireAdminActor>>;
type Target = Awaited<ReturnType<typeof lockTargetUser>>;

/**
 * The frame of every console write: one transaction that checks the actor, locks the target, lets
 * `change` decide and write, appends the audit entry `change` describes, and answers the target as
 * it now is. Anything `change` throws rolls the whole of it back, entry included.
 */
export async function adminChange(
  { actorId, userId, ip = null, superuser = false }: AdminChangeOptions,
  change: (tx: Tx, actor: Actor, target: Target) => Promise<{ action: AuditAction; details?: Prisma.InputJsonObject }>,
): Promise<AdminUser> {
  return lockedTransaction(async (tx) => {
    const actor = await requireAdminActor(tx, actorId, { superuser });
    const target = await lockTargetUser(tx, userId);
    const { action, details } = await change(tx, actor, target);
    await recordAuditEvent(tx, { actor, action, target, details, ip });
    return serializeAdminUser(await tx.user.findUniqueOrThrow({ where: { id: userId }, select: adminUserSelect }));
  });
}
