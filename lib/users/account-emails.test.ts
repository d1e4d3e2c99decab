/**
 * Account emails (password reset, verification) must not tell who has an account — by the time of
 * the answer — and nobody but the owner may use up the owner's email quota.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { createUser, emailsTo, failure, lastTokenTo, PASSWORD, uniqueEmail, uniqueIp, withEnv } from "@/test/helpers";
import { deferredDelivery } from "./account-emails";
import { authenticateUser } from "./authenticate-user";
import { purgeExpiredAccounts } from "./purge-expired-accounts";
import { registerUser } from "./register-user";
import { requestPasswordReset } from "./request-password-reset";
import { resendVerification } from "./resend-verification";
import { resetPassword } from "./reset-password";
import { verifyEmail } from "./verify-email";

afterEach(() => vi.restoreAllMocks());

describe("the answer does not depend on the address", () => {
  it("a reset request for a known address touches nothing before the answer; the delivery then mails a working link", async () => {
    const user = await createUser();
    const { deliver } = await requestPasswordReset({ input: { email: user.email }, ip: uniqueIp() });
    // What the caller waits for has neither read nor written the account, and sent nothing.
    expect(await emailsTo(user.email)).toHaveLength(0);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordResetToken).toBeNull();

    await deliver();
    expect(await emailsTo(user.email)).toHaveLength(1);
    await expect(resetPassword({ token: await lastTokenTo(user.email, "reset"), input: { new_password: "a brand new passphrase" } })).resolves.toEqual({ email: user.email });
  });

  it("a resend for an unverified address sends nothing before the answer; the delivery then mails a working link", async () => {
    const email = uniqueEmail();
    await registerUser({ input: { email, password: PASSWORD }, ip: uniqueIp() });
    const { deliver } = await resendVerification({ input: { email }, ip: uniqueIp() });
    expect(await emailsTo(email)).toHaveLength(1);
    await deliver();
    expect(await emailsTo(email)).toHaveLength(2);
    await expect(verifyEmail({ token: await lastTokenTo(email, "verify") })).resolves.toMatchObject({ email, alreadyVerified: false });
  });

  it("refuses bad input and a spent per-IP limit before answering, for any address", async () => {
    expect((await failure(requestPasswordReset({ input: { email: "not an email" }, ip: uniqueIp() }))).code).toBe("INVALID_INPUT");
    expect((await failure(resendVerification({ input: {}, ip: uniqueIp() }))).code).toBe("INVALID_INPUT");
    await withEnv({ REQUESTS_MAX_PER_IP: "2" }, async () => {
      const ip = uniqueIp();
      const known = await createUser();
      await requestPasswordReset({ input: { email: known.email }, ip });
      await requestPasswordReset({ input: { email: uniqueEmail() }, ip });
      for (const email of [known.email, uniqueEmail()]) {
        const error = await failure(requestPasswordReset({ input: { email }, ip }));
        expect(error.code).toBe("RATE_LIMITED");
        expect(error.retryAfter).toBeGreaterThan(0);
      }
    });
  });

  it("a failure inside a delivery is logged, never thrown", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(deferredDelivery("password-reset", () => Promise.reject(new Error("database went away"))).deliver()).resolves.toBeUndefined();
    expect(logged.mock.calls.flat().join(" ")).toContain("database went away");
  });
});

describe("the per-address email quota counts per requester IP", () => {
  it("an attacker IP that used up the quota for an address cannot stop the owner's own reset from another IP", async () => {
    const owner = await createUser();
    const attacker = uniqueIp();
    for (let i = 0; i < 5; i++) await (await requestPasswordReset({ input: { email: owner.email }, ip: attacker })).deliver();
    expect(await emailsTo(owner.email)).toHaveLength(3); // EMAIL_MAX_PER_ADDRESS for the attacker's IP, then nothing

    await (await requestPasswordReset({ input: { email: owner.email }, ip: uniqueIp() })).deliver();
    const emails = await emailsTo(owner.email);
    expect(emails).toHaveLength(4);
    const token = /\/reset-password\/([\w-]+)/.exec(emails.at(-1)?.text ?? "")?.[1] ?? "";
    await expect(resetPassword({ token, input: { new_password: "a brand new passphrase" } })).resolves.toEqual({ email: owner.email });
    await expect(authenticateUser({ input: { email: owner.email, password: "a brand new passphrase" }, ip: uniqueIp() })).resolves.toMatchObject({ id: owner.id });
  });

  it("the same holds for verification links; registration counts under the registering IP", async () => {
    const email = uniqueEmail();
    const owner = uniqueIp();
    await registerUser({ input: { email, password: PASSWORD }, ip: owner });
    const attacker = uniqueIp();
    for (let i = 0; i < 4; i++) await (await resendVerification({ input: { email }, ip: attacker })).deliver();
    expect(await emailsTo(email)).toHaveLength(4); // 1 at registration + 3 for the attacker's IP

    await (await resendVerification({ input: { email }, ip: owner })).deliver();
    expect(await emailsTo(email)).toHaveLength(5);
    await expect(verifyEmail({ token: await lastTokenTo(email, "verify") })).resolves.toMatchObject({ email, alreadyVerified: false });
  });

  it("the purge forgets the quota rows of a purged account, whatever IP they were counted for", async () => {
    const user = await createUser();
    for (const ip of [uniqueIp(), "2001:db8::1"]) await (await requestPasswordReset({ input: { email: user.email }, ip })).deliver();
    expect(await prisma.rateLimit.count({ where: { key: { startsWith: "email:", endsWith: `:${user.email}` } } })).toBe(2);
    await prisma.user.update({ where: { id: user.id }, data: { isDeleted: true, permanentDeletionDate: new Date(Date.now() - 1000) } });
    await purgeExpiredAccounts();
    expect(await prisma.rateLimit.count({ where: { key: { endsWith: `:${user.email}` } } })).toBe(0);
  });
});
