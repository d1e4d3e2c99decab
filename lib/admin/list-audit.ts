import type { AuditEntry } from "@/lib/audit/audit-entry";

export interface ListAuditOptions {
  /** Untrusted query parameters: actor, target (emails, substring), action, page, per_page. */
  query: Record<string, string | undefined>;
}

export interface AuditList {
  entries: AuditEntry[];
  total: number;
  page: number;
  per_page: number;
}

export async function listAudit(_options: ListAuditOptions): Promise<AuditList> {
  throw new Error("not implemented");
}
