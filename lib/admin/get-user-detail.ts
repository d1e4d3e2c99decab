import type { AuditEntry } from "@/lib/audit/audit-entry";
import type { AdminUser } from "./admin-user";

export interface GetUserDetailOptions {
  userId: string;
}

export interface UserDetail {
  user: AdminUser;
  /** A mentor's roster, oldest match first (empty for others). */
  mentees: AdminUser[];
  /** Requests sent (mentee) or received (mentor), newest first, in the Mentoring shape. */
  requests: unknown[];
  blacklisted_mentors: string[];
  /** Entries naming this user as actor or target, newest first. */
  audit: AuditEntry[];
}

export async function getUserDetail(_options: GetUserDetailOptions): Promise<UserDetail> {
  throw new Error("not implemented");
}
