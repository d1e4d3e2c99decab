/**
 * The single Prisma client of the app. Password hashes are omitted from every query unless a
 * caller asks for them with `omit: { password: false }` (only the login check does).
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { getEnv } from "./env";

function createClient() {
  const adapter = new PrismaPg({ connectionString: getEnv().DATABASE_URL });
  return new PrismaClient({ adapter, omit: { user: { password: true } } });
}

export type Db = ReturnType<typeof createClient>;

const globalForPrisma = globalThis as unknown as { prisma?: Db };

// Dev hot reloads re-evaluate this module; one client per process keeps the pool from multiplying.
export const prisma: Db = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
