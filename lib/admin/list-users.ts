import type { AdminUser } from "./admin-user";

export interface ListUsersOptions {
  /** Untrusted query parameters: q, role, status, sort, page, per_page. */
  query: Record<string, string | undefined>;
}

export interface UserList {
  users: AdminUser[];
  total: number;
  page: number;
  per_page: number;
}

export async function listUsers(_options: ListUsersOptions): Promise<UserList> {
  throw new Error("not implemented");
}
