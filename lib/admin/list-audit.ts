import type { Prisma } from "@prisma/client";
import type { AuditEntry } from "@/lib/audit/audit-entry";
import { serializeAuditEvent } from "@/lib/audit/serialize-audit-event";
import { prisma } from "@/lib/db";
import { parseInput } from "@/lib/users/validate";
import { auditQuerySchema } from "./schemas";

export interface ListAuditOptions {
  /** Untrusted query parameters: actor, target (emails, case-insensitive substring), action, page, per_page. */
  query: Record<string, string | undefined>;
}

export interface AuditList {
  entries: AuditEntry[];
  total: number;
  page: number;
  per_page: number;
}

/** The audit log, newest first, filtered by actor, target and action; INVALID_INPUT for a bad parameter. */
export async function listAudit({ query }: ListAuditOptions): Promise<AuditList> {
  const { actor, target, action, page, per_page } = parseInput(auditQuerySchema, query);
  const where: Prisma.AuditEventWhereInput = {
    ...(actor ? { actorEmail: { contains: actor, mode: "insensitive" } } : {}),
    ...(target ? { targetEmail: { contains: target, mode: "insensitive" } } : {}),
    ...(action ? { action } : {}),
  };
  const [total, entries] = await Promise.all([
    prisma.auditEvent.count({ where }),
    prisma.auditEvent.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (page - 1) * per_page, take: per_page }),
  ]);
  return { entries: entries.map(serializeAuditEvent), total, page, per_page };
}
