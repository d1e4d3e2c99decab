import type { AuditEvent } from "@prisma/client";
import type { AuditEntry } from "./audit-entry";

export function serializeAuditEvent(event: AuditEvent): AuditEntry {
  return {
    id: event.id,
    at: event.at.toISOString(),
    actor: event.actorEmail,
    action: event.action,
    target: event.targetEmail,
    details: (event.details ?? {}) as Record<string, unknown>,
    ip: event.ip,
  };
}
