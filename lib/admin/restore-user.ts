import type { AdminUser } from "./admin-user";

export interface RestoreUserOptions {
  actorId: string;
  userId: string;
}

export async function restoreUser(_options: RestoreUserOptions): Promise<AdminUser> {
  throw new Error("not implemented");
}
