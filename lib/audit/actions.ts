/**
 * Every kind of audit entry. Admin changes are written by lib/admin in the transaction of the
 * change; security events by the account operations (lib/users) that cause them.
 */
export const ADMIN_ACTIONS = ["user.verify", "user.deactivate", "user.activate", "user.restore", "match.end", "user.promote", "user.demote", "matching.create", "matching.publish", "matching.discard"] as const;

export const SECURITY_ACTIONS = [
  "login.success",
  "login.failure",
  "password.reset",
  "password.change",
  "deletion.request",
  "deletion.cancel",
  "deletion.purge",
] as const;

export const AUDIT_ACTIONS = [...ADMIN_ACTIONS, ...SECURITY_ACTIONS] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** How the console names an action. */
export const ACTION_LABELS: Record<AuditAction, string> = {
  "user.verify": "Verified by hand",
  "user.deactivate": "Deactivated",
  "user.activate": "Activated",
  "user.restore": "Deletion cancelled by staff",
  "match.end": "Match ended by staff",
  "user.promote": "Promoted to admin",
  "user.demote": "Demoted from admin",
  "matching.create": "Cohort matching draft created",
  "matching.publish": "Cohort matching published",
  "matching.discard": "Cohort matching draft discarded",
  "login.success": "Logged in",
  "login.failure": "Failed login",
  "password.reset": "Password reset",
  "password.change": "Password changed",
  "deletion.request": "Deletion requested",
  "deletion.cancel": "Deletion cancelled",
  "deletion.purge": "Account purged",
};

/** The actor of entries no user caused (the purge job). */
export const SYSTEM_ACTOR = "system";
