/**
 * The admin view of a user (API.md, Admin): the serialized user plus the account facts staff need
 * (`isVerified, isActive, isDeleted, permanent_deletion_date, dateJoined, lastLogin,
 * matchedMentorEmail, menteeCount`). Never a hash or token: the select below names every column.
 */
import type { Prisma } from "@prisma/client";
import { serializeUser } from "@/lib/users/serialize";

export const adminUserSelect = {
  id: true,
  email: true,
  firstName: true,
  lastName: true,
  role: true,
  year: true,
  major: true,
  minor: true,
  hobbies: true,
  clubs: true,
  goals: true,
  international: true,
  commuter: true,
  firstgen: true,
  outofstate: true,
  transfer: true,
  otherBackground: true,
  isMatched: true,
  profilePictureUrl: true,
  isDeleted: true,
  permanentDeletionDate: true,
  deletionRequestedDate: true,
  isVerified: true,
  isActive: true,
  isStaff: true,
  isSuperuser: true,
  dateJoined: true,
  lastLogin: true,
  matchedMentorId: true,
  matchedMentor: { select: { email: true } },
  _count: { select: { matchedMentees: true } },
} satisfies Prisma.UserSelect;

export type AdminUserRow = Prisma.UserGetPayload<{ select: typeof adminUserSelect }>;

export function serializeAdminUser(user: AdminUserRow) {
  return {
    ...serializeUser(user),
    matchedMentorEmail: user.matchedMentor?.email ?? null,
    isVerified: user.isVerified,
    isActive: user.isActive,
    isDeleted: user.isDeleted,
    permanent_deletion_date: user.permanentDeletionDate?.toISOString() ?? null,
    deletion_requested_date: user.deletionRequestedDate?.toISOString() ?? null,
    dateJoined: user.dateJoined.toISOString(),
    lastLogin: user.lastLogin?.toISOString() ?? null,
    menteeCount: user._count.matchedMentees,
    isStaff: user.isStaff,
    isSuperuser: user.isSuperuser,
  };
}

export type AdminUser = ReturnType<typeof serializeAdminUser>;
