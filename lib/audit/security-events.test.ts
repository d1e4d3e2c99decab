/** The security events a coordinator reads when a student writes in: logins, resets, deletions. */
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authenticateUser } from "@/lib/users/authenticate-user";
import { cancelAccountDeletion } from "@/lib/users/cancel-account-deletion";
import { purgeExpiredAccounts } from "@/lib/users/purge-expired-accounts";
import { requestAccountDeletion } from "@/lib/users/request-account-deletion";
import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { resetPassword } from "@/lib/users/reset-password";
import { PASSWORD, createUser, lastTokenTo, uniqueEmail, uniqueIp } from "@/test/helpers";

const entriesFor = (targetEmail: string) => prisma.auditEvent.findMany({ where: { targetEmail }, orderBy: { at: "asc" } });
const attempt = (email: string, password: string, ip: string) => authenticateUser({ input: { email, password }, ip }).catch(() => null);

describe("security events in the audit log", () => {
  it("records each login with its outcome and IP: success, wrong password, unknown email, unverified, deactivated", async () => {
    const ip = uniqueIp();
    const user = await createUser();
    await attempt(user.email, "not the password", ip);
    await attempt(user.email, PASSWORD, ip);
    const unverified = await createUser({ isVerified: false });
    await attempt(unverified.email, PASSWORD, ip);
    const deactivated = await createUser({ isActive: false });
    await attempt(deactivated.email, PASSWORD, ip);
    const stranger = uniqueEmail();
    await attempt(stranger, PASSWORD, ip);

    expect((await entriesFor(user.email)).map((e) => [e.action, e.details, e.ip, e.actorEmail, e.targetId])).toEqual([
      ["login.failure", { reason: "wrong_password" }, ip, user.email, user.id],
      ["login.success", {}, ip, user.email, user.id],
    ]);
    expect((await entriesFor(unverified.email)).map((e) => [e.action, e.details])).toEqual([["login.failure", { reason: "unverified" }]]);
    expect((await entriesFor(deactivated.email)).map((e) => [e.action, e.details])).toEqual([["login.failure", { reason: "deactivated" }]]);
    expect((await entriesFor(stranger)).map((e) => [e.action, e.details, e.targetId])).toEqual([["login.failure", { reason: "unknown_email" }, null]]);
  });

  it("records a password reset, and a deletion requested, cancelled, requested again and purged — the last after the account is gone", async () => {
    const user = await createUser();
    const ip = uniqueIp();
    await (await requestPasswordReset({ input: { email: user.email }, ip })).deliver();
    await resetPassword({ token: await lastTokenTo(user.email, "reset"), input: { new_password: "a brand new passphrase" }, ip });
    await requestAccountDeletion({ userId: user.id, confirmation: user.email, ip });
    await cancelAccountDeletion({ userId: user.id, ip });
    await requestAccountDeletion({ userId: user.id, confirmation: user.email });
    await prisma.user.update({ where: { id: user.id }, data: { permanentDeletionDate: new Date(Date.now() - 1000) } });
    expect(await purgeExpiredAccounts()).toBeGreaterThanOrEqual(1);

    expect(await prisma.user.findUnique({ where: { id: user.id } })).toBeNull();
    expect((await entriesFor(user.email)).map((e) => [e.action, e.actorEmail, e.targetId, e.ip])).toEqual([
      ["password.reset", user.email, user.id, ip],
      ["deletion.request", user.email, user.id, ip],
      ["deletion.cancel", user.email, user.id, ip],
      ["deletion.request", user.email, user.id, null],
      ["deletion.purge", "system", user.id, null],
    ]);
  });
});
