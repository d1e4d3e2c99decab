import type { AdminUser } from "./admin-user";

export interface VerifyUserOptions {
  actorId: string;
  userId: string;
}

export async function verifyUser(_options: VerifyUserOptions): Promise<AdminUser> {
  throw new Error("not implemented");
}
