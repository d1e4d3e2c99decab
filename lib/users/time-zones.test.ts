/**
 * The time rules (grace period and purge, reset-link expiry, rate-limit windows) must give the same
 * answers whatever the database's TimeZone and whatever the server's TZ. Each case sets the test
 * database's TimeZone with ALTER DATABASE (what a managed PostgreSQL configured for another region
 * looks like), starts a fresh app client, so its connections open under that TimeZone, and
 * optionally moves the Node process to another zone as well.
 */
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma, type Db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { check, consume, type Limit } from "@/lib/rate-limit";
import { createUser, failure, lastTokenTo, PASSWORD, uniqueIp } from "@/test/helpers";
import { authenticateUser } from "./authenticate-user";
import { cancelAccountDeletion } from "./cancel-account-deletion";
import { purgeExpiredAccounts } from "./purge-expired-accounts";
import { requestAccountDeletion } from "./request-account-deletion";
import { deliverPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const global = globalThis as unknown as { prisma?: Db };

/** A plain connection that keeps the database's TimeZone: what psql or another tool would see. */
async function rawClient(): Promise<Client> {
  const client = new Client({ connectionString: getEnv().DATABASE_URL });
  await client.connect();
  return client;
}

let database = "";
beforeAll(async () => {
  const [row] = await prisma.$queryRaw<{ name: string }[]>`SELECT current_database()::text AS name`;
  database = row?.name ?? "";
});
afterAll(async () => {
  await prisma.$executeRawUnsafe(`ALTER DATABASE "${database}" RESET timezone`);
});

/** Runs `work` with the database's TimeZone and the process's TZ changed, on a fresh app client. */
async function underTimeZones(databaseZone: string, processZone: string | undefined, work: () => Promise<void>): Promise<void> {
  await prisma.$executeRawUnsafe(`ALTER DATABASE "${database}" SET timezone TO '${databaseZone}'`);
  const savedClient = global.prisma;
  const savedZone = process.env.TZ;
  global.prisma = undefined; // lib/db creates a new client whose connections start under the new TimeZone
  if (processZone) process.env.TZ = processZone;
  const raw = await rawClient();
  try {
    const { rows } = await raw.query<{ TimeZone: string }>("SHOW TimeZone");
    expect(rows[0]?.TimeZone).toBe(databaseZone);
    if (processZone) expect(new Date(0).getTimezoneOffset()).not.toBe(0);
    await work();
  } finally {
    await raw.end();
    await (global.prisma as Db | undefined)?.$disconnect(); // the client this case created
    global.prisma = savedClient;
    if (savedZone === undefined) delete process.env.TZ;
    else process.env.TZ = savedZone;
    await prisma.$executeRawUnsafe(`ALTER DATABASE "${database}" RESET timezone`);
  }
}

const cases = [
  { databaseZone: "Asia/Tokyo", processZone: undefined },
  { databaseZone: "America/Los_Angeles", processZone: undefined },
  { databaseZone: "Asia/Tokyo", processZone: "America/Los_Angeles" },
  { databaseZone: "America/Los_Angeles", processZone: "Asia/Tokyo" },
];

describe.each(cases)("database TimeZone $databaseZone, server TZ $processZone", ({ databaseZone, processZone }) => {
  it("an account with 1 hour of grace left is not purged and can log in and cancel; 1 minute past, it is purged", async () => {
    await underTimeZones(databaseZone, processZone, async () => {
      const running = await createUser();
      const over = await createUser();
      for (const user of [running, over]) await requestAccountDeletion({ userId: user.id, confirmation: user.email });
      await prisma.user.update({ where: { id: running.id }, data: { permanentDeletionDate: new Date(Date.now() + HOUR) } });
      await prisma.user.update({ where: { id: over.id }, data: { permanentDeletionDate: new Date(Date.now() - MINUTE) } });

      await purgeExpiredAccounts();
      expect(await prisma.user.findUnique({ where: { id: over.id } })).toBeNull();
      expect(await prisma.user.findUnique({ where: { id: running.id } })).not.toBeNull();
      await expect(authenticateUser({ input: { email: running.email, password: PASSWORD }, ip: uniqueIp() })).resolves.toMatchObject({ isDeleted: true });
      await cancelAccountDeletion({ userId: running.id });
      expect(await prisma.user.findUniqueOrThrow({ where: { id: running.id } })).toMatchObject({ isDeleted: false, permanentDeletionDate: null });
    });
  });

  it("any SQL client, in the database's TimeZone, compares the stored instants with now() correctly", async () => {
    await underTimeZones(databaseZone, processZone, async () => {
      const running = await createUser({ isDeleted: true, permanentDeletionDate: new Date(Date.now() + HOUR) });
      const over = await createUser({ isDeleted: true, permanentDeletionDate: new Date(Date.now() - MINUTE) });
      const raw = await rawClient();
      try {
        const { rows } = await raw.query<{ email: string; running: boolean }>(
          `SELECT "email", "permanentDeletionDate" > now() AS "running" FROM "users" WHERE "userID" IN ($1, $2)`,
          [running.id, over.id],
        );
        expect(Object.fromEntries(rows.map((row) => [row.email, row.running]))).toEqual({ [running.email]: true, [over.email]: false });
      } finally {
        await raw.end();
        await prisma.user.deleteMany({ where: { id: { in: [running.id, over.id] } } });
      }
    });
  });

  it("a deletion scheduled now lands ACCOUNT_RECOVERY_GRACE_PERIOD hours from now, and new rows carry the current time", async () => {
    await underTimeZones(databaseZone, processZone, async () => {
      const user = await createUser();
      expect(Math.abs(user.dateJoined.getTime() - Date.now())).toBeLessThan(MINUTE);
      const { permanentDeletionDate } = await requestAccountDeletion({ userId: user.id, confirmation: user.email });
      const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
      expect(stored.permanentDeletionDate).toEqual(permanentDeletionDate);
      expect(Math.abs((stored.permanentDeletionDate?.getTime() ?? 0) - Date.now() - getEnv().ACCOUNT_RECOVERY_GRACE_PERIOD * HOUR)).toBeLessThan(MINUTE);
    });
  });

  it("a reset link sent 59 minutes ago works; one sent 61 minutes ago is refused", async () => {
    await underTimeZones(databaseZone, processZone, async () => {
      const fresh = await createUser();
      const stale = await createUser();
      for (const user of [fresh, stale]) await deliverPasswordReset({ email: user.email, ip: uniqueIp() });
      await prisma.user.update({ where: { id: fresh.id }, data: { passwordResetSentAt: new Date(Date.now() - 59 * MINUTE) } });
      await prisma.user.update({ where: { id: stale.id }, data: { passwordResetSentAt: new Date(Date.now() - 61 * MINUTE) } });
      expect((await failure(resetPassword({ token: await lastTokenTo(stale.email, "reset"), input: { new_password: "a brand new passphrase" } }))).code).toBe("INVALID_INPUT");
      await expect(resetPassword({ token: await lastTokenTo(fresh.email, "reset"), input: { new_password: "a brand new passphrase" } })).resolves.toEqual({ email: fresh.email });
    });
  });

  it("a rate-limit window counts to its maximum, then refuses, and its start is the current window", async () => {
    await underTimeZones(databaseZone, processZone, async () => {
      const limit: Limit = { name: "tz-test", max: 2, windowMs: 10 * MINUTE };
      const subject = uniqueIp();
      const results = [];
      for (let i = 0; i < 3; i++) results.push((await consume(limit, subject)).allowed);
      expect(results).toEqual([true, true, false]);
      expect((await check(limit, subject)).allowed).toBe(false);

      const start = Math.floor(Date.now() / limit.windowMs) * limit.windowMs;
      const [row] = await prisma.rateLimit.findMany({ where: { key: `tz-test:${subject}` } });
      expect(row?.windowStart.getTime()).toBe(start);
      const raw = await rawClient();
      try {
        const { rows } = await raw.query<{ current: boolean }>(
          `SELECT "windowStart" <= now() AND "windowStart" > now() - interval '10 minutes' AS "current" FROM "rate_limits" WHERE "key" = $1`,
          [`tz-test:${subject}`],
        );
        expect(rows[0]?.current).toBe(true);
      } finally {
        await raw.end();
      }
    });
  });
});

describe("the timestamptz migration", () => {
  it("keeps every existing value as the UTC instant it was written as, whatever the session's TimeZone", async () => {
    const folder = path.resolve("prisma/migrations");
    const migrations = readdirSync(folder).filter((name) => /^\d+_/.test(name)).sort();
    const index = migrations.findIndex((name) => name.endsWith("_timestamptz"));
    const sql = (name: string) => readFileSync(path.join(folder, name, "migration.sql"), "utf8");
    const scratch = `tz_migration_${randomBytes(4).toString("hex")}`;
    await prisma.$executeRawUnsafe(`CREATE DATABASE "${scratch}"`);
    const url = new URL(getEnv().DATABASE_URL);
    url.pathname = `/${scratch}`;
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    try {
      for (const name of migrations.slice(0, index)) await client.query(sql(name));
      // Before: what the app wrote, UTC wall-clock values in `timestamp` columns.
      await client.query(`INSERT INTO "users" ("userID", "email", "password", "dateJoined", "permanentDeletionDate")
        VALUES ('00000000-0000-4000-8000-000000000001', 'old@ucla.edu', 'x', '2026-01-15 08:30:00', '2026-07-01 23:59:59.123')`);
      await client.query(`INSERT INTO "rate_limits" ("key", "windowStart", "count") VALUES ('email:old@ucla.edu', '2026-03-08 10:00:00', 1)`);
      await client.query("SET TimeZone = 'Asia/Tokyo'");
      for (const name of migrations.slice(index)) await client.query(sql(name));
      await client.query("SET TimeZone = 'America/Los_Angeles'");
      const { rows } = await client.query<{ dateJoined: Date; permanentDeletionDate: Date }>(`SELECT "dateJoined", "permanentDeletionDate" FROM "users"`);
      expect(rows[0]?.dateJoined.toISOString()).toBe("2026-01-15T08:30:00.000Z");
      expect(rows[0]?.permanentDeletionDate.toISOString()).toBe("2026-07-01T23:59:59.123Z");
      const { rows: windows } = await client.query<{ windowStart: Date }>(`SELECT "windowStart" FROM "rate_limits"`);
      expect(windows[0]?.windowStart.toISOString()).toBe("2026-03-08T10:00:00.000Z");
    } finally {
      await client.end();
      await prisma.$executeRawUnsafe(`DROP DATABASE "${scratch}" WITH (FORCE)`);
    }
  });
});
