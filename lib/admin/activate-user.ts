import type { AdminUser } from "./admin-user";

export interface ActivateUserOptions {
  actorId: string;
  userId: string;
}

export async function activateUser(_options: ActivateUserOptions): Promise<AdminUser> {
  throw new Error("not implemented");
}
