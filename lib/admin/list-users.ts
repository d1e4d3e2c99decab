import type { Prisma } from "@prisma/client";
import { prisma } from "@/lib/db";
import { parseInput } from "@/lib/users/validate";
import { adminUserSelect, serializeAdminUser, type AdminUser } from "./admin-user";
import { userListQuerySchema, type UserSort, type UserStatus } from "./schemas";

export interface ListUsersOptions {
  /** Untrusted query parameters: q, role, status, background, sort, page, per_page. */
  query: Record<string, string | undefined>;
}

export interface UserList {
  users: AdminUser[];
  total: number;
  page: number;
  per_page: number;
}

/**
 * "matched": a mentee with a mentor, or a mentor with at least one mentee; "unmatched": a mentee or
 * mentor without (admins are neither). The other statuses are the account's flags.
 */
const STATUS_FILTERS: Record<UserStatus, Prisma.UserWhereInput> = {
  unverified: { isVerified: false },
  matched: { OR: [{ role: "MENTEE", matchedMentorId: { not: null } }, { role: "MENTOR", matchedMentees: { some: {} } }] },
  unmatched: { OR: [{ role: "MENTEE", matchedMentorId: null }, { role: "MENTOR", matchedMentees: { none: {} } }] },
  pending_deletion: { isDeleted: true },
  deactivated: { isActive: false },
};

function orderBy(sort: string): Prisma.UserOrderByWithRelationInput[] {
  const direction = sort.startsWith("-") ? "desc" : "asc";
  const field = sort.replace(/^-/, "") as UserSort;
  const primary: Prisma.UserOrderByWithRelationInput[] =
    field === "name"
      ? [{ lastName: direction }, { firstName: direction }]
      : field === "lastLogin" || field === "year"
        ? [{ [field]: { sort: direction, nulls: "last" } }]
        : [{ [field]: direction }];
  // A unique tie-breaker keeps pages stable: no user shows on two pages or on none.
  return [...primary, { id: "asc" }];
}

/**
 * The console's changelist: `q` matches email, first or last name (case-insensitive substring;
 * each word of "ana lopez" must match one of them), combined with role, status and background
 * filters; sorted and paged. An invalid parameter is INVALID_INPUT with the field named.
 */
export async function listUsers({ query }: ListUsersOptions): Promise<UserList> {
  const { q, role, status, background, sort, page, per_page } = parseInput(userListQuerySchema, query);
  const words = (q ?? "").split(/\s+/).filter(Boolean);
  const where: Prisma.UserWhereInput = {
    AND: [
      ...words.map((word) => ({
        OR: [
          { email: { contains: word, mode: "insensitive" as const } },
          { firstName: { contains: word, mode: "insensitive" as const } },
          { lastName: { contains: word, mode: "insensitive" as const } },
        ],
      })),
      ...(role ? [{ role }] : []),
      ...(status ? [STATUS_FILTERS[status]] : []),
      ...(background ? [{ [background]: true }] : []),
    ],
  };
  const [total, users] = await Promise.all([
    prisma.user.count({ where }),
    prisma.user.findMany({ where, select: adminUserSelect, orderBy: orderBy(sort), skip: (page - 1) * per_page, take: per_page }),
  ]);
  return { users: users.map(serializeAdminUser), total, page, per_page };
}
