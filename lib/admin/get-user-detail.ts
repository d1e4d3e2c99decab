import { z } from "zod";
import type { AuditEntry } from "@/lib/audit/audit-entry";
import { serializeAuditEvent } from "@/lib/audit/serialize-audit-event";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requestInclude } from "@/lib/matching/requests";
import { serializeRequest } from "@/lib/matching/serialize";
import { adminUserSelect, serializeAdminUser, type AdminUser } from "./admin-user";

/** Entries shown on a user's page; the audit log page has the rest. */
export const USER_AUDIT_LIMIT = 100;

export interface GetUserDetailOptions {
  userId: string;
}

export interface UserDetail {
  user: AdminUser;
  /** A mentor's roster, oldest match first (empty for others). */
  mentees: AdminUser[];
  /** Requests sent (mentee) or received (mentor), newest first, in the Mentoring shape. */
  requests: ReturnType<typeof serializeRequest>[];
  blacklisted_mentors: string[];
  /** Entries naming this user as actor or target, newest first (at most USER_AUDIT_LIMIT). */
  audit: AuditEntry[];
}

/** Everything the console shows about one user (Django admin's change page and its History). */
export async function getUserDetail({ userId }: GetUserDetailOptions): Promise<UserDetail> {
  if (!z.uuid().safeParse(userId).success) throw new AppError("NOT_FOUND", "User not found");
  const user = await prisma.user.findUnique({ where: { id: userId }, select: adminUserSelect });
  if (!user) throw new AppError("NOT_FOUND", "User not found");
  const [mentees, requests, blacklist, audit] = await Promise.all([
    prisma.user.findMany({ where: { matchedMentorId: userId }, select: adminUserSelect, orderBy: { matchedAt: "asc" } }),
    prisma.mentorshipRequest.findMany({ where: { OR: [{ menteeId: userId }, { mentorId: userId }] }, include: requestInclude, orderBy: { createdAt: "desc" } }),
    prisma.blacklistEntry.findMany({ where: { menteeId: userId }, select: { mentor: { select: { email: true } } }, orderBy: { createdAt: "asc" } }),
    prisma.auditEvent.findMany({ where: { OR: [{ actorId: userId }, { targetId: userId }] }, orderBy: [{ at: "desc" }, { id: "desc" }], take: USER_AUDIT_LIMIT }),
  ]);
  return {
    user: serializeAdminUser(user),
    mentees: mentees.map(serializeAdminUser),
    requests: requests.map(serializeRequest),
    blacklisted_mentors: blacklist.map((entry) => entry.mentor.email),
    audit: audit.map(serializeAuditEvent),
  };
}
