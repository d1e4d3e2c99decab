/**
 * The single Prisma client of the app. Password hashes are omitted from every query unless a
 * caller asks for them with `omit: { password: false }` (only the login check does).
 *
 * The client is created on first use, not at import: `next build` imports every route while it
 * collects page data, and the build must not need the runtime settings.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { utcConnectionString } from "./db-session";
import { getEnv } from "./env";

function createClient() {
  const adapter = new PrismaPg({ connectionString: utcConnectionString(getEnv().DATABASE_URL) });
  return new PrismaClient({ adapter, omit: { user: { password: true } } });
}

export type Db = ReturnType<typeof createClient>;

// Dev hot reloads re-evaluate this module; one client per process keeps the pool from multiplying.
const globalForPrisma = globalThis as unknown as { prisma?: Db };

function client(): Db {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}

export const prisma: Db = new Proxy({} as Db, {
  get(_target, property) {
    const instance = client();
    const value = Reflect.get(instance, property, instance);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});

/** The client inside `prisma.$transaction(async (tx) => …)`. */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
