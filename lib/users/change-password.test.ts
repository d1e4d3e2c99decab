import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { notificationDeliveriesSettled } from "@/lib/notifications/deliver";
import { createUser, emailsTo, failure, PASSWORD, uniqueIp, withEnv } from "@/test/helpers";
import { authenticateUser } from "./authenticate-user";
import { changePassword } from "./change-password";
import { verifyPassword } from "./password";
import { activeSessionUser, createSession } from "./sessions";

const NEW = "a brand new passphrase";

describe("changePassword", () => {
  it("sets the new password, keeps this session, signs every other one out, audits it and mails PASSWORD_CHANGED", async () => {
    const user = await createUser();
    const [here, laptop, phone] = [await createSession(user.id), await createSession(user.id), await createSession(user.id)];
    const other = await createUser();
    const othersSession = await createSession(other.id);

    await expect(changePassword({ userId: user.id, currentSessionToken: here, input: { current_password: PASSWORD, new_password: NEW }, ip: "10.1.2.3" })).resolves.toEqual({ sessionsRevoked: 2 });

    expect(await activeSessionUser(here)).toBe(user.id);
    expect(await activeSessionUser(laptop)).toBeNull();
    expect(await activeSessionUser(phone)).toBeNull();
    expect(await activeSessionUser(othersSession)).toBe(other.id);

    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, omit: { password: false } });
    expect(await verifyPassword(NEW, stored.password)).toBe(true);
    expect(stored.passwordChangedAt?.getTime()).toBeGreaterThan(Date.now() - 60_000);
    await expect(authenticateUser({ input: { email: user.email, password: PASSWORD }, ip: uniqueIp() })).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    const audit = await prisma.auditEvent.findMany({ where: { targetId: user.id, action: "password.change" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorEmail: user.email, ip: "10.1.2.3", details: { sessions_revoked: 2 } });

    const notifications = await prisma.notification.findMany({ where: { userId: user.id } });
    expect(notifications.map((n) => n.kind)).toEqual(["PASSWORD_CHANGED"]);
    await notificationDeliveriesSettled();
    const [mail] = await emailsTo(user.email);
    expect(mail?.subject).toBe("Your BruinBridge password was changed");
    expect(mail?.text).toContain("2 other devices were signed out");
  });

  it("refuses a wrong current password with a field error and changes nothing", async () => {
    const user = await createUser();
    const here = await createSession(user.id);
    const other = await createSession(user.id);
    const error = await failure(changePassword({ userId: user.id, currentSessionToken: here, input: { current_password: "not the password", new_password: NEW } }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.fieldErrors?.current_password).toEqual(["Your current password is not right"]);
    expect(await activeSessionUser(other)).toBe(user.id);
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, omit: { password: false } });
    expect(await verifyPassword(PASSWORD, stored.password)).toBe(true);
    expect(await prisma.auditEvent.count({ where: { targetId: user.id, action: "password.change" } })).toBe(0);
  });

  it("refuses a guessable, a too short or an unchanged new password, with the estimator's advice", async () => {
    const user = await createUser({ firstName: "Josephine" });
    const here = await createSession(user.id);
    const local = user.email.split("@")[0] as string;
    for (const weak of ["password1", "gobruins1", `${local}2026`, "josephine123"]) {
      const error = await failure(changePassword({ userId: user.id, currentSessionToken: here, input: { current_password: PASSWORD, new_password: weak } }));
      expect(error.fieldErrors?.new_password?.[0], weak).toMatch(/^This password is too easy to guess\./);
    }
    const short = await failure(changePassword({ userId: user.id, currentSessionToken: here, input: { current_password: PASSWORD, new_password: "abc" } }));
    expect(short.fieldErrors?.new_password).toEqual(["Use at least 8 characters"]);
    const same = await failure(changePassword({ userId: user.id, currentSessionToken: here, input: { current_password: PASSWORD, new_password: PASSWORD } }));
    expect(same.fieldErrors?.new_password).toEqual(["Choose a password different from your current one"]);
    const missing = await failure(changePassword({ userId: user.id, currentSessionToken: here, input: {} }));
    expect(Object.keys(missing.fieldErrors ?? {}).sort()).toEqual(["current_password", "new_password"]);
  });

  it("counts wrong current passwords as failed logins of the account: past the limit, RATE_LIMITED even with the right one", async () => {
    await withEnv({ LOGIN_MAX_FAILURES_PER_ACCOUNT: "3" }, async () => {
      const user = await createUser();
      const here = await createSession(user.id);
      for (let i = 0; i < 3; i++) {
        await expect(changePassword({ userId: user.id, currentSessionToken: here, input: { current_password: `wrong guess ${i}`, new_password: NEW } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
      }
      const limited = await failure(changePassword({ userId: user.id, currentSessionToken: here, input: { current_password: PASSWORD, new_password: NEW } }));
      expect(limited.code).toBe("RATE_LIMITED");
      expect(limited.retryAfter).toBeGreaterThan(0);
      const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, omit: { password: false } });
      expect(await verifyPassword(PASSWORD, stored.password)).toBe(true);
    });
  });

  it("kills a reset link mailed before the change", async () => {
    const user = await createUser();
    const here = await createSession(user.id);
    await prisma.user.update({ where: { id: user.id }, data: { passwordResetToken: "x".repeat(64), passwordResetSentAt: new Date() } });
    await changePassword({ userId: user.id, currentSessionToken: here, input: { current_password: PASSWORD, new_password: NEW } });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ passwordResetToken: null, passwordResetSentAt: null });
  });
});
