/**
 * Fails when prisma/schema.prisma and prisma/migrations disagree, i.e. when the schema was changed
 * without writing a migration (`npm run db:new-migration -- <name>`). Needs a database on which it
 * may create a shadow database; scripts/with-db.ts provides one.
 */
import { spawnSync } from "node:child_process";

const result = spawnSync(
  "prisma",
  ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--script", "--exit-code"],
  { encoding: "utf8", env: process.env },
);
if (result.status === 0) {
  console.log("[drift] prisma/migrations matches prisma/schema.prisma");
  process.exit(0);
}
if (result.status === 2) {
  console.error("[drift] prisma/schema.prisma has changes that no migration contains:\n");
  console.error(result.stdout);
  console.error("Write one with: npm run db:new-migration -- <name>");
  process.exit(1);
}
console.error(result.stderr || result.stdout);
process.exit(result.status ?? 1);
