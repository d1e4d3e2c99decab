import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { isAuthorizedCron } from "@/lib/http/cron-auth";
import { suggestMentors } from "@/lib/matching/suggest-mentors";
import { addressOf, consume, limits } from "@/lib/rate-limit";
import { createUser, failure, PASSWORD, uniqueIp, withEnv } from "@/test/helpers";
import { authenticateUser } from "./authenticate-user";
import { cancelAccountDeletion, cancelDeletionByCredentials } from "./cancel-account-deletion";
import { purgeExpiredAccounts } from "./purge-expired-accounts";
import { registerUser } from "./register-user";
import { requestAccountDeletion } from "./request-account-deletion";
import { activeSessionUser, createSession } from "./sessions";

const expire = (id: string) => prisma.user.update({ where: { id }, data: { permanentDeletionDate: new Date(Date.now() - 1000) } });

describe("requestAccountDeletion", () => {
  it("flags the account and schedules the purge without deleting it (UserAccountDeletionTests.test_request_deletion_flags_account)", async () => {
    const user = await createUser();
    const before = Date.now();
    const { permanentDeletionDate } = await requestAccountDeletion({ userId: user.id, confirmation: ` ${user.email.toUpperCase()} ` });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.isDeleted).toBe(true);
    expect(after.deletionRequestedDate?.getTime()).toBeGreaterThanOrEqual(before - 5);
    expect(permanentDeletionDate.getTime() - (after.deletionRequestedDate?.getTime() ?? 0)).toBe(72 * 3_600_000);
    expect(after.permanentDeletionDate).toEqual(permanentDeletionDate);
  });

  it("follows ACCOUNT_RECOVERY_GRACE_PERIOD in fractional hours", async () => {
    const user = await createUser();
    const { permanentDeletionDate } = await withEnv({ ACCOUNT_RECOVERY_GRACE_PERIOD: "0.01" }, () => requestAccountDeletion({ userId: user.id, confirmation: user.email }));
    expect(permanentDeletionDate.getTime() - Date.now()).toBeLessThanOrEqual(36_000);
    expect(permanentDeletionDate.getTime() - Date.now()).toBeGreaterThan(30_000);
  });

  it("needs the account's email as confirmation and changes nothing otherwise", async () => {
    const user = await createUser();
    for (const confirmation of [undefined, "", "delete my account", "someone@ucla.edu", 42]) {
      const error = await failure(requestAccountDeletion({ userId: user.id, confirmation }));
      expect(error.code).toBe("INVALID_INPUT");
      expect(error.fieldErrors?.confirmation).toBeDefined();
    }
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).isDeleted).toBe(false);
  });

  it("removes the user's relationships, fixes the other side and revokes every session", async () => {
    const mentor = await createUser({ role: "MENTOR", isMatched: true });
    const mentee = await createUser({ matchedMentor: { connect: { id: mentor.id } }, isMatched: true, matchedAt: new Date() });
    await prisma.chatMessage.create({ data: { senderId: mentor.id, recipientId: mentee.id, body: "Welcome" } });
    const sessions = [await createSession(mentor.id), await createSession(mentor.id)];

    await requestAccountDeletion({ userId: mentor.id, confirmation: mentor.email });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: mentee.id } })).toMatchObject({ isMatched: false, matchedMentorId: null });
    expect(await prisma.chatMessage.count({ where: { recipientId: mentee.id } })).toBe(0);
    expect((await suggestMentors({ menteeId: mentee.id, limit: 10_000 })).map((s) => s.mentor.id)).not.toContain(mentor.id);
    for (const sid of sessions) expect(await activeSessionUser(sid)).toBeNull();
  });
});

describe("during and after the grace period", () => {
  it("login works during the period and reports the deletion; after it the account is deleted", async () => {
    const user = await createUser();
    await requestAccountDeletion({ userId: user.id, confirmation: user.email });
    await expect(authenticateUser({ input: { email: user.email, password: PASSWORD }, ip: uniqueIp() })).resolves.toMatchObject({ isDeleted: true });
    await expire(user.id);
    expect((await failure(authenticateUser({ input: { email: user.email, password: PASSWORD }, ip: uniqueIp() }))).code).toBe("ACCOUNT_DELETED");
  });

  it("cancel restores the account inside the period (UserAccountDeletionTests.test_cancel_deletion_restores_account)", async () => {
    const user = await createUser();
    await requestAccountDeletion({ userId: user.id, confirmation: user.email });
    await cancelAccountDeletion({ userId: user.id });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ isDeleted: false, deletionRequestedDate: null, permanentDeletionDate: null });
  });

  it("cancel with nothing pending is refused; after the period it is a conflict", async () => {
    const user = await createUser();
    expect((await failure(cancelAccountDeletion({ userId: user.id }))).code).toBe("INVALID_INPUT");
    await requestAccountDeletion({ userId: user.id, confirmation: user.email });
    await expire(user.id);
    expect((await failure(cancelAccountDeletion({ userId: user.id }))).code).toBe("CONFLICT");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).isDeleted).toBe(true);
  });

  it("the public cancel authenticates by email and password (AccountDeletionIntegrationTests.test_deletion_request_and_cancellation_flow)", async () => {
    const user = await createUser();
    await requestAccountDeletion({ userId: user.id, confirmation: user.email });
    expect((await failure(cancelDeletionByCredentials({ input: { email: user.email, password: "wrong password!" }, ip: uniqueIp() }))).code).toBe("UNAUTHORIZED");
    expect((await failure(cancelDeletionByCredentials({ input: { email: user.email }, ip: uniqueIp() }))).code).toBe("INVALID_INPUT");
    expect(await cancelDeletionByCredentials({ input: { email: user.email, password: PASSWORD }, ip: uniqueIp() })).toEqual({ email: user.email });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).isDeleted).toBe(false);
    expect((await failure(cancelDeletionByCredentials({ input: { email: user.email, password: PASSWORD }, ip: uniqueIp() }))).code).toBe("INVALID_INPUT");
  });

  it("the public cancel after the period is a conflict", async () => {
    const user = await createUser();
    await requestAccountDeletion({ userId: user.id, confirmation: user.email });
    await expire(user.id);
    expect((await failure(cancelDeletionByCredentials({ input: { email: user.email, password: PASSWORD }, ip: uniqueIp() }))).code).toBe("CONFLICT");
  });
});

describe("purgeExpiredAccounts", () => {
  it("hard-deletes expired accounts with what refers to them, then registration starts fresh (AccountDeletionIntegrationTests.test_expired_account_cleanup_and_reregistration)", async () => {
    const uploads = mkdtempSync(path.join(tmpdir(), "bb-purge-"));
    await withEnv({ UPLOAD_DIR: uploads }, async () => {
      const user = await createUser({ firstName: "Gone" });
      const picture = `${user.id}-0123456789abcdef.webp`;
      writeFileSync(path.join(uploads, picture), "x");
      await prisma.user.update({ where: { id: user.id }, data: { profilePictureUrl: `/uploads/${picture}` } });
      await createSession(user.id);
      await consume(limits().emailsPerAddress, user.email);
      await requestAccountDeletion({ userId: user.id, confirmation: user.email });
      await createSession(user.id); // logged in again during the period
      const keeper = await createUser();
      await requestAccountDeletion({ userId: keeper.id, confirmation: keeper.email }); // still inside its period
      await expire(user.id);

      expect(await purgeExpiredAccounts()).toBeGreaterThanOrEqual(1);
      expect(await prisma.user.findUnique({ where: { id: user.id } })).toBeNull();
      expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
      expect(await prisma.rateLimit.count({ where: { key: { endsWith: `:${user.email}` } } })).toBe(0);
      expect(existsSync(path.join(uploads, picture))).toBe(false);
      expect(await prisma.user.findUnique({ where: { id: keeper.id } })).not.toBeNull();

      const { user: fresh } = await registerUser({ input: { email: user.email, password: PASSWORD }, ip: uniqueIp() });
      expect(fresh.id).not.toBe(user.id);
    });
  });

  it("purges in set-based batches: every expired account with its sessions and rate-limit windows, nobody else's", async () => {
    const expired = { isDeleted: true, deletionRequestedDate: new Date(Date.now() - 7_200_000), permanentDeletionDate: new Date(Date.now() - 1000) };
    const gone = await Promise.all(Array.from({ length: 12 }, () => createUser(expired)));
    const running = await createUser({ ...expired, permanentDeletionDate: new Date(Date.now() + 60_000) });
    const live = await createUser();
    for (const user of [...gone, running, live]) {
      await createSession(user.id);
      await consume(limits().loginFailuresPerAccount, user.email);
      await consume(limits().emailsPerAddress, `2001:db8::${gone.indexOf(user) + 2}:${user.email}`);
    }
    const ip = uniqueIp();
    await consume(limits().requestsPerIp, ip);
    const windowsOf = (email: string) => prisma.rateLimit.count({ where: { key: { endsWith: `:${email}` } } });

    expect(await purgeExpiredAccounts({ batchSize: 5 })).toBeGreaterThanOrEqual(12);
    expect(await prisma.user.count({ where: { id: { in: gone.map((u) => u.id) } } })).toBe(0);
    expect(await prisma.session.count({ where: { userId: { in: gone.map((u) => u.id) } } })).toBe(0);
    for (const user of gone) expect(await windowsOf(user.email)).toBe(0);
    for (const user of [running, live]) {
      expect(await prisma.user.findUnique({ where: { id: user.id } })).not.toBeNull();
      expect(await prisma.session.count({ where: { userId: user.id } })).toBe(1);
      expect(await windowsOf(user.email)).toBe(2);
    }
    expect(await prisma.rateLimit.count({ where: { key: `requests-ip:${ip}` } })).toBe(1);
  });

  it("forgets windows counted before the address was stored beside the key: the migration fills it in", async () => {
    const folder = path.resolve("prisma/migrations");
    const migrations = readdirSync(folder).filter((name) => /^\d+_/.test(name)).sort();
    const index = migrations.findIndex((name) => name.endsWith("_drop_stored_scores_indexed_purge"));
    expect(index).toBeGreaterThan(0);
    const scratch = `purge_migration_${randomBytes(4).toString("hex")}`;
    await prisma.$executeRawUnsafe(`CREATE DATABASE "${scratch}"`);
    const url = new URL(getEnv().DATABASE_URL);
    url.pathname = `/${scratch}`;
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    try {
      const sql = (name: string) => readFileSync(path.join(folder, name, "migration.sql"), "utf8");
      for (const name of migrations.slice(0, index)) await client.query(sql(name));
      await client.query(`INSERT INTO "rate_limits" ("key", "windowStart", "count") VALUES
        ('login-account:old@ucla.edu', now(), 1), ('email:2001:db8::1:old@ucla.edu', now(), 1), ('email:10.0.0.1:other@ucla.edu', now(), 1),
        ('login-ip:2001:db8::1', now(), 1), ('requests-ip:10.0.0.1', now(), 1)`);
      for (const name of migrations.slice(index)) await client.query(sql(name));
      const { rows } = await client.query<{ key: string; email: string | null }>(`SELECT "key", "email" FROM "rate_limits" ORDER BY "key"`);
      expect(rows).toEqual([
        { key: "email:10.0.0.1:other@ucla.edu", email: "other@ucla.edu" },
        { key: "email:2001:db8::1:old@ucla.edu", email: "old@ucla.edu" },
        { key: "login-account:old@ucla.edu", email: "old@ucla.edu" },
        { key: "login-ip:2001:db8::1", email: null },
        { key: "requests-ip:10.0.0.1", email: null },
      ]);
      // What the app stores from now on follows the same rule.
      expect(["old@ucla.edu", "2001:db8::1:old@ucla.edu", "10.0.0.1:other@ucla.edu", "2001:db8::1", "10.0.0.1"].map(addressOf)).toEqual(["old@ucla.edu", "old@ucla.edu", "other@ucla.edu", null, null]);
    } finally {
      await client.end();
      await prisma.$executeRawUnsafe(`DROP DATABASE "${scratch}" WITH (FORCE)`);
    }
  });

  it("is idempotent and safe when two runs overlap", async () => {
    const users = await Promise.all(Array.from({ length: 7 }, () => createUser({ isDeleted: true, permanentDeletionDate: new Date(Date.now() - 1000) })));
    const [a, b] = await Promise.all([purgeExpiredAccounts({ batchSize: 2 }), purgeExpiredAccounts({ batchSize: 2 })]);
    expect(await prisma.user.count({ where: { id: { in: users.map((u) => u.id) } } })).toBe(0);
    expect(a + b).toBeGreaterThanOrEqual(7);
    expect(await purgeExpiredAccounts()).toBe(0);
  });
});

describe("cron authorization", () => {
  it("accepts only the exact bearer secret and refuses everything without one", () => {
    expect(isAuthorizedCron("Bearer s3cret", "s3cret")).toBe(true);
    expect(isAuthorizedCron("Bearer s3cret!", "s3cret")).toBe(false);
    expect(isAuthorizedCron("s3cret", "s3cret")).toBe(false);
    expect(isAuthorizedCron(null, "s3cret")).toBe(false);
    expect(isAuthorizedCron("Bearer ", undefined)).toBe(false);
    expect(isAuthorizedCron("Bearer undefined", undefined)).toBe(false);
  });
});
