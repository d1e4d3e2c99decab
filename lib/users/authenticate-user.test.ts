import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { createUser, failure, lastTokenTo, PASSWORD, uniqueEmail, uniqueIp, withEnv } from "@/test/helpers";
import { authenticateUser } from "./authenticate-user";
import { registerUser } from "./register-user";
import { activeSessionUser, createSession, revokeAllSessions, revokeSession } from "./sessions";
import { verifyEmail } from "./verify-email";

const login = (email: string, password: string, ip = uniqueIp()) => authenticateUser({ input: { email, password }, ip });

describe("authenticateUser", () => {
  it("register → verify by link → log in (AuthenticationFlowIntegrationTests.test_complete_registration_and_login_flow)", async () => {
    const email = uniqueEmail();
    const { user } = await registerUser({ input: { email, password: PASSWORD, role: "MENTOR" }, ip: uniqueIp() });
    await verifyEmail({ token: await lastTokenTo(email, "verify") });
    const authenticated = await login(` ${email.toUpperCase()} `, PASSWORD);
    expect(authenticated).toEqual({ id: user.id, email, isDeleted: false });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastLogin).not.toBeNull();
  });

  it("in test mode a new account logs in without verification", async () => {
    const email = uniqueEmail();
    await withEnv({ SEND_EMAILS: "false" }, () => registerUser({ input: { email, password: PASSWORD }, ip: uniqueIp() }));
    await expect(login(email, PASSWORD)).resolves.toMatchObject({ email });
  });

  it("refuses an unverified account, but only after the right password (test_unverified_user_cannot_login)", async () => {
    const user = await createUser({ isVerified: false });
    expect((await failure(login(user.email, "wrong password here"))).code).toBe("UNAUTHORIZED");
    const error = await failure(login(user.email, PASSWORD));
    expect(error.code).toBe("EMAIL_NOT_VERIFIED");
    expect(error.message).toMatch(/verify your email/);
  });

  it("gives the same answer for an unknown email and a wrong password", async () => {
    const user = await createUser();
    const unknown = await failure(login(uniqueEmail(), PASSWORD));
    const wrong = await failure(login(user.email, "not the password"));
    expect([unknown.code, unknown.message]).toEqual([wrong.code, wrong.message]);
    expect(wrong.message).toBe("Invalid email or password");
  });

  it("refuses a deactivated account with 403 naming it, but only after the right password", async () => {
    const user = await createUser({ isActive: false });
    const wrong = await failure(login(user.email, "not the password"));
    expect([wrong.code, wrong.message]).toEqual(["UNAUTHORIZED", "Invalid email or password"]);
    const right = await failure(login(user.email, PASSWORD));
    expect([right.code, HTTP_STATUS[right.code], right.message]).toEqual([
      "ACCOUNT_DEACTIVATED",
      403,
      "This account has been deactivated. Contact the BruinBridge team.",
    ]);
  });

  it("answers ACCOUNT_DELETED after the grace period, and lets a deleting account in during it", async () => {
    const expired = await createUser({ isDeleted: true, permanentDeletionDate: new Date(Date.now() - 1000) });
    expect((await failure(login(expired.email, PASSWORD))).code).toBe("ACCOUNT_DELETED");
    const deleting = await createUser({ isDeleted: true, permanentDeletionDate: new Date(Date.now() + 3_600_000) });
    await expect(login(deleting.email, PASSWORD)).resolves.toMatchObject({ isDeleted: true });
  });

  it("validates the input", async () => {
    const error = await failure(authenticateUser({ input: { email: "" }, ip: uniqueIp() }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(expect.arrayContaining(["email", "password"]));
  });

  it("locks an account after LOGIN_MAX_FAILURES_PER_ACCOUNT failures, without locking other accounts", async () => {
    const target = await createUser();
    const bystander = await createUser();
    for (let i = 0; i < 5; i++) expect((await failure(login(target.email, `wrong ${i} attempt`))).code).toBe("UNAUTHORIZED");
    const locked = await failure(login(target.email, PASSWORD));
    expect(locked.code).toBe("RATE_LIMITED");
    expect(locked.retryAfter).toBeGreaterThan(0);
    expect(locked.retryAfter).toBeLessThanOrEqual(15 * 60);
    await expect(login(bystander.email, PASSWORD)).resolves.toMatchObject({ id: bystander.id });
  });

  it("a success clears the account's failure count", async () => {
    const user = await createUser();
    for (let i = 0; i < 4; i++) await failure(login(user.email, `wrong ${i} attempt`));
    await login(user.email, PASSWORD);
    for (let i = 0; i < 4; i++) expect((await failure(login(user.email, `wrong ${i} again`))).code).toBe("UNAUTHORIZED");
  });

  it("limits failures per IP (LOGIN_MAX_FAILURES_PER_IP), other IPs unaffected", async () => {
    const ip = uniqueIp();
    const user = await createUser();
    await withEnv({ LOGIN_MAX_FAILURES_PER_IP: "3" }, async () => {
      for (let i = 0; i < 3; i++) await failure(login(uniqueEmail(), PASSWORD, ip));
      expect((await failure(login(user.email, PASSWORD, ip))).code).toBe("RATE_LIMITED");
      await expect(login(user.email, PASSWORD, uniqueIp())).resolves.toMatchObject({ id: user.id });
    });
  });
});

describe("lockout under concurrency", () => {
  const outcomes = async (attempts: Promise<unknown>[]) => {
    const results = await Promise.allSettled(attempts);
    const codes = results.map((result) => (result.status === "rejected" && result.reason instanceof AppError ? result.reason.code : "OTHER"));
    return { evaluated: codes.filter((code) => code === "UNAUTHORIZED").length, refused: codes.filter((code) => code === "RATE_LIMITED").length, other: codes.filter((code) => code === "OTHER").length };
  };

  it("60 simultaneous wrong passwords from as many IPs get exactly LOGIN_MAX_FAILURES_PER_ACCOUNT evaluated, trial after trial", async () => {
    for (let trial = 0; trial < 5; trial++) {
      const user = await createUser();
      const result = await outcomes(Array.from({ length: 60 }, (_, i) => login(user.email, `wrong guess ${i}`)));
      expect(result).toEqual({ evaluated: 5, refused: 55, other: 0 });
      // Locked now, even with the right password.
      expect((await failure(login(user.email, PASSWORD))).code).toBe("RATE_LIMITED");
    }
  });

  it("simultaneous failures from one IP never get past LOGIN_MAX_FAILURES_PER_IP", async () => {
    await withEnv({ LOGIN_MAX_FAILURES_PER_IP: "7" }, async () => {
      const ip = uniqueIp();
      const result = await outcomes(Array.from({ length: 40 }, () => login(uniqueEmail(), PASSWORD, ip)));
      expect(result).toEqual({ evaluated: 7, refused: 33, other: 0 });
    });
  });

  it("successful logins do not use up the IP's failure budget", async () => {
    await withEnv({ LOGIN_MAX_FAILURES_PER_IP: "2" }, async () => {
      const ip = uniqueIp();
      const user = await createUser();
      for (let i = 0; i < 5; i++) await expect(login(user.email, PASSWORD, ip)).resolves.toMatchObject({ id: user.id });
      for (let i = 0; i < 2; i++) expect((await failure(login(uniqueEmail(), PASSWORD, ip))).code).toBe("UNAUTHORIZED");
      expect((await failure(login(user.email, PASSWORD, ip))).code).toBe("RATE_LIMITED");
    });
  });
});

describe("sessions", () => {
  it("a session lives until it is revoked, alone or with all of the user's sessions", async () => {
    const user = await createUser();
    const [a, b, c] = [await createSession(user.id), await createSession(user.id), await createSession(user.id)];
    expect(await activeSessionUser(a)).toBe(user.id);
    await revokeSession(a);
    expect(await activeSessionUser(a)).toBeNull();
    expect(await activeSessionUser(b)).toBe(user.id);
    await revokeAllSessions(user.id);
    expect(await activeSessionUser(b)).toBeNull();
    expect(await activeSessionUser(c)).toBeNull();
  });

  it("an expired session is not active", async () => {
    const user = await createUser();
    const sid = await createSession(user.id);
    await prisma.session.update({ where: { sessionToken: sid }, data: { expires: new Date(Date.now() - 1000) } });
    expect(await activeSessionUser(sid)).toBeNull();
  });
});
