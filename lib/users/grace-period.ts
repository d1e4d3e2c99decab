/**
 * Whether a deleted account's grace period has passed. Until then the account is still the
 * student's: they may log in, reset a forgotten password and cancel the deletion. After it, the
 * account only waits for the purge (lib/users/purge-expired-accounts.ts).
 */
export function isGracePeriodOver(user: { isDeleted: boolean; permanentDeletionDate: Date | null }, now = new Date()): boolean {
  return user.isDeleted && user.permanentDeletionDate !== null && user.permanentDeletionDate <= now;
}
