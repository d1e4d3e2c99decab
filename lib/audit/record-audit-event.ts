/**
 * Appends one entry to the audit log. Callers pass their transaction client, so the entry commits
 * or rolls back with the change it records: a change that fails leaves no entry, and an entry
 * never describes a change that did not happen.
 */
import type { Prisma } from "@prisma/client";
import type { Tx } from "@/lib/db";
import { SYSTEM_ACTOR, type AuditAction } from "./actions";

export interface AuditParty {
  id: string | null;
  email: string;
}

export interface RecordAuditEventOptions {
  /** Who acted; null for the system. */
  actor: AuditParty | null;
  action: AuditAction;
  /** Whom it concerns; null when nobody in particular. */
  target?: AuditParty | null;
  /** Reason, counts, previous values: never a password, hash or token. */
  details?: Prisma.InputJsonObject;
  ip?: string | null;
}

export async function recordAuditEvent(db: Tx, { actor, action, target = null, details = {}, ip = null }: RecordAuditEventOptions): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? SYSTEM_ACTOR,
      action,
      targetId: target?.id ?? null,
      targetEmail: target?.email ?? "",
      details,
      // Client IPs come from a header a proxy sets; keep the column's bound rather than fail the change.
      ip: ip === null ? null : ip.slice(0, 64),
    },
  });
}
