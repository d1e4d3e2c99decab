import type { AdminUser } from "./admin-user";

export interface DeactivateUserOptions {
  actorId: string;
  userId: string;
  /** Untrusted: { reason }. */
  input: unknown;
}

export async function deactivateUser(_options: DeactivateUserOptions): Promise<AdminUser> {
  throw new Error("not implemented");
}
