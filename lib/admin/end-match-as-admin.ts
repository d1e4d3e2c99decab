import type { AdminUser } from "./admin-user";

export interface EndMatchAsAdminOptions {
  actorId: string;
  userId: string;
  /** Untrusted: { reason }. */
  input: unknown;
}

export async function endMatchAsAdmin(_options: EndMatchAsAdminOptions): Promise<AdminUser> {
  throw new Error("not implemented");
}
