/** `npm run purge-expired`: the cron's purge, from a shell (self-hosting: run it hourly). */
import { prisma } from "../lib/db";
import { purgeExpiredAccounts } from "../lib/users/purge-expired-accounts";

try {
  const deleted = await purgeExpiredAccounts();
  console.info(`[purge] deleted ${deleted} account(s) whose grace period was over`);
} finally {
  await prisma.$disconnect();
}
