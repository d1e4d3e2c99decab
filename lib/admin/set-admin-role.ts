import type { AdminUser } from "./admin-user";

export interface SetAdminRoleOptions {
  actorId: string;
  userId: string;
  /** true: promote to ADMIN; false: demote to MENTEE. */
  admin: boolean;
}

export async function setAdminRole(_options: SetAdminRoleOptions): Promise<AdminUser> {
  throw new Error("not implemented");
}
