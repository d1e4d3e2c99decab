/**
 * The single Prisma client of the app. Password hashes are omitted from every query unless a
 * caller asks for them with `omit: { password: false }` (only the login check does).
 *
 * The client is created on first use, not at import: `next build` imports every route while it
 * collects page data, and the build must not need the runtime settings.
 *
 * Outages: the pg pool behind the adapter drops a connection that fails and opens new ones on
 * demand, so once PostgreSQL is back the next query simply works; nothing here needs a restart.
 * PrismaPg listens for the pool's `error` events (an idle client whose server went away), which
 * would otherwise crash the process; we log them once. A connection attempt gives up after
 * CONNECT_TIMEOUT_MS, so a server that does not answer at all fails requests instead of hanging them. Every
 * call into the adapter is observed: a connection-level failure marks the database down and a
 * success marks it up again (lib/db-status.ts), which is what lib/db-health.ts's outage page reads.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import pg from "pg";
import { markDatabaseUp, noteDatabaseError } from "./db-status";
import { utcConnectionString } from "./db-session";
import { getEnv } from "./env";

/**
 * How long a query waits for a connection — a new one, or a free one from the pool (pg-pool uses
 * one setting for both) — before it fails. As long as a transaction may wait for a connection
 * (lib/transaction.ts): under a burst, queries queue for the pool's few connections, and a short
 * limit would fail them (and report a healthy database as down). A stopped server is refused at
 * once anyway; `/api/health` has its own 2 s limit for one that does not answer.
 */
const CONNECT_TIMEOUT_MS = 30_000;

function onConnectionLost(error: Error) {
  // Also reached for every idle client of the pool when the server shuts down: one line each.
  if (noteDatabaseError(error)) console.warn(`[db] lost a connection: ${error.message}`);
  else console.error("[db] connection error", error);
}

/**
 * Wraps the adapter (and the transactions it starts) so that each asynchronous call reports its
 * outcome to the database status. Calls and results are passed through untouched.
 */
function observed<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const result: unknown = value.apply(object, args);
        if (!(result instanceof Promise)) return result;
        return result.then(
          (settled: unknown) => {
            markDatabaseUp();
            return property === "startTransaction" && typeof settled === "object" && settled !== null ? observed(settled) : settled;
          },
          (error: unknown) => {
            noteDatabaseError(error);
            throw error;
          },
        );
      };
    },
  });
}

/** PrismaPg whose adapter reports each call's outcome to the database status. */
class ObservedPrismaPg extends PrismaPg {
  override async connect() {
    return observed(await super.connect());
  }
}

function createClient() {
  const adapter = new ObservedPrismaPg(
    { connectionString: utcConnectionString(getEnv().DATABASE_URL), connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
    { onPoolError: onConnectionLost, onConnectionError: onConnectionLost },
  );
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

/**
 * A small pg pool for the one query every signed-in request makes (lib/users/sessions.ts
 * `sessionUser`): the same database and settings as Prisma's, without the Prisma client's
 * per-query work (about 0.8 ms of CPU of the ~1.2 ms a query costs through it), which bounded a
 * signed-in `/me` at half the throughput of an anonymous one (issue 13, bench/http.ts). Its
 * outcomes feed the same database status as Prisma's calls, so an outage is seen here too.
 */
const globalForHotPool = globalThis as unknown as { hotPool?: pg.Pool };

export async function hotQuery<Row extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<Row[]> {
  globalForHotPool.hotPool ??= new pg.Pool({
    connectionString: utcConnectionString(getEnv().DATABASE_URL),
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    max: 5,
    allowExitOnIdle: true,
  }).on("error", onConnectionLost);
  try {
    const { rows } = await globalForHotPool.hotPool.query<Row>(text, values);
    markDatabaseUp();
    return rows;
  } catch (error) {
    noteDatabaseError(error);
    throw error;
  }
}

/** The client inside `prisma.$transaction(async (tx) => …)`. */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
