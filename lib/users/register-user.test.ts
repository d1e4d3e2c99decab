import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createUser, emailsTo, failure, PASSWORD, uniqueEmail, uniqueIp, withEnv } from "@/test/helpers";
import { registerUser } from "./register-user";
import { verifyPassword } from "./password";

const register = (input: Record<string, unknown>, ip = uniqueIp()) => registerUser({ input, ip });

describe("registerUser", () => {
  it("creates an unverified MENTEE with a hashed password and mails a verification link (UserServiceTests.test_register_user_service_success)", async () => {
    const email = uniqueEmail();
    const { user, emailSent } = await register({ email, password: PASSWORD });
    expect(user).toMatchObject({ email, role: "MENTEE", isVerified: false });
    expect(emailSent).toBe(true);

    const stored = await prisma.user.findUniqueOrThrow({ where: { email }, omit: { password: false } });
    expect(stored.password).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, stored.password)).toBe(true);
    const [mail] = await emailsTo(email);
    expect(mail?.subject).toBe("Verify your BruinBridge email");
    expect(mail?.text).toMatch(/http:\/\/localhost:3000\/verify-email\?token=[\w-]{43}/);
    expect(mail?.html).toContain("Verify my email");
  });

  it("trims and lower-cases the email (UserModelTests.test_create_user)", async () => {
    const email = uniqueEmail("g.ucla.edu");
    const { user } = await register({ email: `  ${email.toUpperCase()} `, password: PASSWORD });
    expect(user.email).toBe(email);
  });

  it("allows MENTOR and refuses ADMIN or an unknown role", async () => {
    expect((await register({ email: uniqueEmail(), password: PASSWORD, role: "MENTOR" })).user.role).toBe("MENTOR");
    for (const role of ["ADMIN", "mentor", "BOSS", 3]) {
      const email = uniqueEmail();
      const error = await failure(register({ email, password: PASSWORD, role }));
      expect(error.code).toBe("INVALID_INPUT");
      expect(error.fieldErrors?.role).toBeDefined();
      expect(await prisma.user.count({ where: { email } })).toBe(0);
    }
  });

  it("requires an email and a password (UserModelTests.test_user_requires_email)", async () => {
    const error = await failure(register({}));
    expect(error.code).toBe("INVALID_INPUT");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(expect.arrayContaining(["email", "password"]));
  });

  it.each(["x@gmail.com", "x@ucla.edu.evil.com", "x@notucla.edu", "x@cs.ucla.edu", "not-an-email"])(
    "refuses %s (UserModelTests.test_user_requires_valid_ucla_email)",
    async (email) => {
      const error = await failure(register({ email, password: PASSWORD }));
      expect(error.code).toBe("INVALID_INPUT");
      expect(error.fieldErrors?.email?.[0]).toMatch(/UCLA email|valid email/);
      expect(await prisma.user.count({ where: { email } })).toBe(0);
    },
  );

  it("refuses passwords shorter than 8 or longer than 128 characters and guessable ones (the estimator, with the email as a word)", async () => {
    for (const password of ["short12", "x".repeat(129), "password123", "GoBruins1", "12345678", "x".repeat(128)]) {
      const error = await failure(register({ email: uniqueEmail(), password }));
      expect(error.fieldErrors?.password, password).toBeDefined();
    }
    const email = uniqueEmail();
    const own = await failure(register({ email, password: `${email.split("@")[0]}!` }));
    expect(own.fieldErrors?.password?.[0]).toMatch(/^This password is too easy to guess\./);
    const longest = "purple elephants juggle quietly ".repeat(4).slice(0, 128);
    await expect(register({ email: uniqueEmail(), password: longest })).resolves.toBeDefined();
  });

  it("never truncates a long password at bcrypt's 72 bytes", async () => {
    const email = uniqueEmail();
    const long = `${"é".repeat(40)}-tail-one`; // 80+ bytes in UTF-8
    await register({ email, password: long });
    const { password } = await prisma.user.findUniqueOrThrow({ where: { email }, omit: { password: false } });
    expect(await verifyPassword(long, password)).toBe(true);
    expect(await verifyPassword(`${"é".repeat(40)}-tail-two`, password)).toBe(false);
  });

  it("answers a conflict for a taken email, whatever its case (UserServiceTests.test_register_duplicate_email_raises_conflict)", async () => {
    const email = uniqueEmail();
    await register({ email, password: PASSWORD });
    const error = await failure(register({ email: email.toUpperCase(), password: PASSWORD }));
    expect(error.code).toBe("CONFLICT");
    expect(await prisma.user.count({ where: { email } })).toBe(1);
  });

  it("is a conflict while a deleted account is inside its grace period (RegistrationTests.test_register_while_in_grace_period)", async () => {
    const deleted = await createUser({ isDeleted: true, deletionRequestedDate: new Date(), permanentDeletionDate: new Date(Date.now() + 3_600_000) });
    const error = await failure(register({ email: deleted.email, password: PASSWORD }));
    expect(error.code).toBe("CONFLICT");
    expect(await prisma.user.findUnique({ where: { id: deleted.id } })).not.toBeNull();
  });

  it("hard-deletes an account whose grace period is over and registers the email anew (RegistrationTests.test_register_past_grace_period)", async () => {
    const expired = await createUser({ role: "MENTOR", firstName: "Old", isDeleted: true, permanentDeletionDate: new Date(Date.now() - 1000) });
    const { user } = await register({ email: expired.email, password: PASSWORD });
    expect(user.id).not.toBe(expired.id);
    expect(await prisma.user.findUnique({ where: { id: expired.id } })).toBeNull();
    const fresh = await prisma.user.findUniqueOrThrow({ where: { email: expired.email } });
    expect(fresh).toMatchObject({ firstName: "", role: "MENTEE", isDeleted: false, isVerified: false });
  });

  it("in test mode (SEND_EMAILS=false) sends nothing and verifies the account at once", async () => {
    const email = uniqueEmail();
    const { user } = await withEnv({ SEND_EMAILS: "false" }, () => register({ email, password: PASSWORD }));
    expect(user.isVerified).toBe(true);
    expect(await emailsTo(email)).toHaveLength(0);
  });

  it("still creates the account when the email cannot be sent", async () => {
    const email = uniqueEmail();
    const result = await withEnv({ EMAIL_FILE_PATH: "/dev/null/cannot-write-here" }, () => register({ email, password: PASSWORD }));
    expect(result.emailSent).toBe(false);
    expect(await prisma.user.count({ where: { email } })).toBe(1);
  });

  it("refuses more than REQUESTS_MAX_PER_IP requests from one IP in 10 minutes", async () => {
    const ip = uniqueIp();
    await withEnv({ REQUESTS_MAX_PER_IP: "2" }, async () => {
      await register({ email: uniqueEmail(), password: PASSWORD }, ip);
      await register({ email: uniqueEmail(), password: PASSWORD }, ip);
      const email = uniqueEmail();
      const error = await failure(register({ email, password: PASSWORD }, ip));
      expect(error.code).toBe("RATE_LIMITED");
      expect(error.retryAfter).toBeGreaterThan(0);
      expect(error.retryAfter).toBeLessThanOrEqual(600);
      expect(await prisma.user.count({ where: { email } })).toBe(0);
      await expect(register({ email, password: PASSWORD }, uniqueIp())).resolves.toBeDefined();
    });
  });
});
