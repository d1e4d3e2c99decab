/**
 * Row 3 of issue 13: the purge of expired accounts at scale.
 *
 * One database is migrated from prisma/migrations and filled with `INSERT … SELECT generate_series`:
 * N expired accounts, each with a session and two rate-limit windows (failed logins for the account,
 * emails to the address from one IP). There is no compatibility table to fill: scores are computed
 * from the profiles since issue 13. Every measurement then runs on its own identical copy
 * (`CREATE DATABASE … TEMPLATE`):
 * - the figure: the app's `purgeExpiredAccounts()`, with the app's Prisma client pointed at the copy;
 * - the floor: ONE raw SQL statement that deletes the same accounts (PostgreSQL cascading to
 *   sessions and every mentoring table) and their rate-limit windows, and writes the same audit
 *   entries the purge must write (issue 10).
 * Each side runs `ROUNDS` times, alternating which goes first; the best time of each is compared
 * (the machine's other load only ever adds time). Target ≤ 1.5×.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Client } from "pg";
import { prisma, type Db } from "../lib/db";
import { resetEnvCache } from "../lib/env";
import { PURGE_BATCH_SIZE, purgeExpiredAccounts } from "../lib/users/purge-expired-accounts";
import { row, type BenchOptions, type BenchRow } from "./lib/types";

const FULL = 100_000;
const QUICK = 10_000;
const ROUNDS = 2;

/** The accounts and what refers to them. */
function fill(count: number): string[] {
  const id = `md5('purge-' || i)::uuid`;
  const email = `'purge-' || i || '@ucla.edu'`;
  return [
    `INSERT INTO "users" ("userID", "email", "password", "isVerified", "isDeleted", "deletionRequestedDate", "permanentDeletionDate")
     SELECT ${id}, ${email}, 'not-a-hash', true, true, now() - interval '4 days', now() - interval '1 hour' - i * interval '1 millisecond'
     FROM generate_series(1, ${count}) AS i`,
    `INSERT INTO "sessions" ("sessionToken", "userId", "expires", "updatedAt")
     SELECT md5('session-' || i), ${id}, now() + interval '30 days', now() FROM generate_series(1, ${count}) AS i`,
    `INSERT INTO "rate_limits" ("key", "windowStart", "count", "email")
     SELECT 'login-account:' || ${email}, date_trunc('hour', now()), 2, ${email} FROM generate_series(1, ${count}) AS i
     UNION ALL
     SELECT 'email:10.' || (i / 65536) % 256 || '.' || (i / 256) % 256 || '.' || i % 256 || ':' || ${email}, date_trunc('hour', now()), 1, ${email}
     FROM generate_series(1, ${count}) AS i`,
    `VACUUM ANALYZE`,
  ];
}

/**
 * The floor: one statement, the least PostgreSQL can do for the same deletion. Since issue 10 a
 * purge must also leave one "deletion.purge" entry per account in the audit log, in the same
 * transaction; the floor writes the same entries, so the ratio measures the purge's own overhead
 * (batches, claiming, pictures), not the work the rules require of any implementation.
 */
const FLOOR_SQL = `
  WITH "gone" AS (
    DELETE FROM "users" WHERE "isDeleted" AND "permanentDeletionDate" <= now()
    RETURNING "userID", "email", "deletionRequestedDate"
  ), "windows" AS (
    DELETE FROM "rate_limits" WHERE "email" IN (SELECT "email" FROM "gone")
  )
  INSERT INTO "audit_events" ("id", "actorEmail", "action", "targetId", "targetEmail", "details")
  SELECT gen_random_uuid(), 'system', 'deletion.purge', "userID", "email", jsonb_build_object('deletion_requested_date', "deletionRequestedDate")
  FROM "gone"`;

const LEFT_SQL = `SELECT (SELECT count(*)::int FROM "users") AS "users", (SELECT count(*)::int FROM "sessions") AS "sessions", (SELECT count(*)::int FROM "rate_limits") AS "windows"`;

const urlOf = (base: string, database: string) => {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
};

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/** Runs `work` with lib/db's client connected to another database (as lib/users/time-zones.test.ts does), then restores it. */
async function withAppDatabase<T>(url: string, work: () => Promise<T>): Promise<T> {
  const global = globalThis as unknown as { prisma?: Db };
  const saved = { url: process.env.DATABASE_URL, client: global.prisma };
  process.env.DATABASE_URL = url;
  resetEnvCache();
  global.prisma = undefined;
  try {
    return await work();
  } finally {
    await (global.prisma as Db | undefined)?.$disconnect();
    global.prisma = saved.client;
    process.env.DATABASE_URL = saved.url;
    resetEnvCache();
  }
}

type Side = "purge" | "floor";

export async function measure({ quick, databaseUrl }: BenchOptions): Promise<BenchRow[]> {
  const count = quick ? QUICK : FULL;
  const tag = `bench_purge_${Date.now().toString(36)}`;
  const admin = await connect(databaseUrl);
  const times: Record<Side, number[]> = { purge: [], floor: [] };
  let fillMs = 0;
  try {
    await admin.query(`CREATE DATABASE "${tag}"`);
    const source = await connect(urlOf(databaseUrl, tag));
    try {
      const folder = path.resolve("prisma/migrations");
      for (const name of readdirSync(folder).filter((entry) => /^\d+_/.test(entry)).sort()) {
        await source.query(readFileSync(path.join(folder, name, "migration.sql"), "utf8"));
      }
      const start = performance.now();
      for (const statement of fill(count)) await source.query(statement);
      fillMs = performance.now() - start;
    } finally {
      await source.end(); // a template must have no connections
    }

    for (let round = 0; round < ROUNDS; round++) {
      for (const side of (round % 2 === 0 ? ["floor", "purge"] : ["purge", "floor"]) as Side[]) {
        const copy = `${tag}_${side}_${round}`;
        await admin.query(`CREATE DATABASE "${copy}" TEMPLATE "${tag}"`);
        const client = await connect(urlOf(databaseUrl, copy));
        try {
          await admin.query("CHECKPOINT").catch(() => undefined); // needs superuser; flushes the copy's writes before the clock
          let deleted = count;
          const start = performance.now();
          if (side === "floor") await client.query(FLOOR_SQL);
          else {
            deleted = await withAppDatabase(urlOf(databaseUrl, copy), async () => {
              await prisma.$queryRaw`SELECT 1`; // connected before the clock starts
              const since = performance.now();
              const purged = await purgeExpiredAccounts();
              times.purge.push(performance.now() - since);
              return purged;
            });
          }
          if (side === "floor") times.floor.push(performance.now() - start);
          const { rows } = await client.query<{ users: number; sessions: number; windows: number }>(LEFT_SQL);
          const left = rows[0];
          if (deleted !== count || left?.users !== 0 || left.sessions !== 0 || left.windows !== 0) {
            throw new Error(`${side}: deleted ${deleted} of ${count}; left ${JSON.stringify(left)}`);
          }
        } finally {
          await client.end();
          await admin.query(`DROP DATABASE "${copy}" WITH (FORCE)`);
        }
      }
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${tag}" WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }

  const seconds = (values: number[]) => values.map((ms) => (ms / 1000).toFixed(2)).join(", ");
  return [
    row(
      {
        path: `Purge of ${count.toLocaleString("en-US")} expired accounts (each with a session and 2 rate-limit windows)`,
        figure: Math.min(...times.purge) / 1000,
        floor: Math.min(...times.floor) / 1000,
        unit: "s",
        floorPath: "one raw SQL statement deleting the same accounts (cascades included) and their rate-limit windows and writing the same audit entries, on an identical copy (CREATE DATABASE … TEMPLATE)",
        notes:
          `best of ${ROUNDS} each (purge ${seconds(times.purge)} s; floor ${seconds(times.floor)} s); ` +
          `${Math.ceil(count / PURGE_BATCH_SIZE)} statements of ≤ ${PURGE_BATCH_SIZE.toLocaleString("en-US")} accounts; ` +
          `no compatibility rows: issue 13 removed the compatibility_scores table (scores are computed from the profiles); ` +
          `data written in ${(fillMs / 1000).toFixed(1)} s`,
      },
      { atMost: 1.5 },
    ),
  ];
}
