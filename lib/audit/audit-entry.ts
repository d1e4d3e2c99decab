/**
 * One line of the audit log as the console and the API show it: `actor` and `target` are emails
 * (kept in the row, so they survive the purge of either account), "system" when no one acted
 * (the purge job) and "" when there is no target.
 */
export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  action: string;
  target: string;
  details: Record<string, unknown>;
  ip: string | null;
}
