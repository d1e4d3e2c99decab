import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createUser, emailsTo, failure, lastTokenTo, PASSWORD, uniqueEmail, uniqueIp, withEnv } from "@/test/helpers";
import type { AccountEmailDelivery } from "./account-emails";
import { authenticateUser } from "./authenticate-user";
import { registerUser } from "./register-user";
import { requestPasswordReset } from "./request-password-reset";
import { resendVerification } from "./resend-verification";
import { resetPassword } from "./reset-password";
import { createSession, activeSessionUser } from "./sessions";
import { hashToken } from "./tokens";
import { verifyEmail } from "./verify-email";

/** Answers, then runs what the adapters run after the answer. */
async function delivered(request: Promise<AccountEmailDelivery>): Promise<void> {
  await (await request).deliver();
}

async function registered(email = uniqueEmail()) {
  await registerUser({ input: { email, password: PASSWORD }, ip: uniqueIp() });
  return { email, token: await lastTokenTo(email, "verify") };
}

describe("email verification", () => {
  it("stores only a hash of the 256-bit token", async () => {
    const { email, token } = await registered();
    expect(token).toHaveLength(43);
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.emailVerificationToken).toBe(hashToken(token));
    expect(user.emailVerificationToken).not.toContain(token);
    expect(user.emailVerificationSentAt).not.toBeNull();
  });

  it("verifies once, then answers 'already verified' for the same link", async () => {
    const { email, token } = await registered();
    expect(await verifyEmail({ token })).toEqual({ email, alreadyVerified: false });
    expect((await prisma.user.findUniqueOrThrow({ where: { email } })).isVerified).toBe(true);
    expect(await verifyEmail({ token })).toEqual({ email, alreadyVerified: true });
  });

  it("refuses an unknown, malformed or expired token", async () => {
    expect((await failure(verifyEmail({ token: "x".repeat(43) }))).code).toBe("INVALID_INPUT");
    expect((await failure(verifyEmail({ token: "../../etc/passwd" }))).code).toBe("INVALID_INPUT");
    const { email, token } = await registered();
    await prisma.user.update({ where: { email }, data: { emailVerificationSentAt: new Date(Date.now() - 25 * 3_600_000) } });
    expect((await failure(verifyEmail({ token }))).message).toMatch(/invalid or has expired/);
    expect((await prisma.user.findUniqueOrThrow({ where: { email } })).isVerified).toBe(false);
  });

  it("follows EMAIL_VERIFICATION_TOKEN_EXPIRATION in fractional hours", async () => {
    const { email, token } = await registered();
    await prisma.user.update({ where: { email }, data: { emailVerificationSentAt: new Date(Date.now() - 60_000) } });
    await withEnv({ EMAIL_VERIFICATION_TOKEN_EXPIRATION: "0.01" }, async () => {
      expect((await failure(verifyEmail({ token }))).code).toBe("INVALID_INPUT");
    });
    expect(await verifyEmail({ token })).toMatchObject({ alreadyVerified: false });
  });

  it("a verification token cannot reset a password (tokens are bound to their purpose)", async () => {
    const { token } = await registered();
    expect((await failure(resetPassword({ token, input: { new_password: "a brand new passphrase" } }))).code).toBe("INVALID_INPUT");
  });

  it("resend replaces the link: the old one stops working", async () => {
    const { email, token: first } = await registered();
    await delivered(resendVerification({ input: { email }, ip: uniqueIp() }));
    const second = await lastTokenTo(email, "verify");
    expect(second).not.toBe(first);
    expect((await failure(verifyEmail({ token: first }))).code).toBe("INVALID_INPUT");
    expect(await verifyEmail({ token: second })).toMatchObject({ email, alreadyVerified: false });
  });

  it("resend answers the same for unknown, verified and unverified addresses, and mails only the unverified", async () => {
    const verified = await createUser();
    const { email: unverified } = await registered();
    const unknown = uniqueEmail();
    for (const email of [verified.email, unverified, unknown]) {
      await delivered(resendVerification({ input: { email }, ip: uniqueIp() }));
    }
    expect(await emailsTo(verified.email)).toHaveLength(0);
    expect(await emailsTo(unknown)).toHaveLength(0);
    expect(await emailsTo(unverified)).toHaveLength(2);
  });

  it("resend needs an email", async () => {
    const error = await failure(resendVerification({ input: {}, ip: uniqueIp() }));
    expect(error.fieldErrors?.email).toBeDefined();
  });

  it("sends at most EMAIL_MAX_PER_ADDRESS emails an hour to one address for one requester IP, answering the same", async () => {
    const email = uniqueEmail();
    const ip = uniqueIp();
    await registerUser({ input: { email, password: PASSWORD }, ip }); // 1, counted under the registering IP
    await delivered(resendVerification({ input: { email }, ip })); // 2
    await delivered(resendVerification({ input: { email }, ip })); // 3
    await delivered(resendVerification({ input: { email }, ip })); // over the limit
    expect(await emailsTo(email)).toHaveLength(3);
  });
});

describe("password reset", () => {
  const NEW = "a brand new passphrase";

  async function resetLinkFor(email: string) {
    await delivered(requestPasswordReset({ input: { email }, ip: uniqueIp() }));
    return lastTokenTo(email, "reset");
  }

  it("mails a link that sets a new password once, and the old password stops working", async () => {
    const user = await createUser();
    const token = await resetLinkFor(user.email);
    const [mail] = await emailsTo(user.email);
    expect(mail?.subject).toBe("Reset your BruinBridge password");
    expect(mail?.text).toContain(`http://localhost:3000/reset-password/${token}`);

    await resetPassword({ token, input: { new_password: NEW } });
    await expect(authenticateUser({ input: { email: user.email, password: NEW }, ip: uniqueIp() })).resolves.toMatchObject({ id: user.id });
    expect((await failure(authenticateUser({ input: { email: user.email, password: PASSWORD }, ip: uniqueIp() }))).code).toBe("UNAUTHORIZED");
    expect((await failure(resetPassword({ token, input: { new_password: "yet another passphrase" } }))).code).toBe("INVALID_INPUT");
  });

  it("stores only a hash of the token", async () => {
    const user = await createUser();
    const token = await resetLinkFor(user.email);
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordResetToken).toBe(hashToken(token));
  });

  it("expires after PASSWORD_RESET_TOKEN_EXPIRATION hours", async () => {
    const user = await createUser();
    const token = await resetLinkFor(user.email);
    await prisma.user.update({ where: { id: user.id }, data: { passwordResetSentAt: new Date(Date.now() - 61 * 60_000) } });
    expect((await failure(resetPassword({ token, input: { new_password: NEW } }))).code).toBe("INVALID_INPUT");
  });

  it("dies when the password changes after the link was sent", async () => {
    const user = await createUser();
    const token = await resetLinkFor(user.email);
    await prisma.user.update({ where: { id: user.id }, data: { passwordChangedAt: new Date(Date.now() + 1000) } });
    expect((await failure(resetPassword({ token, input: { new_password: NEW } }))).code).toBe("INVALID_INPUT");
  });

  it("only the newest link works", async () => {
    const user = await createUser();
    const first = await resetLinkFor(user.email);
    const second = await resetLinkFor(user.email);
    expect((await failure(resetPassword({ token: first, input: { new_password: NEW } }))).code).toBe("INVALID_INPUT");
    await expect(resetPassword({ token: second, input: { new_password: NEW } })).resolves.toEqual({ email: user.email });
  });

  it("validates the new password and keeps the link usable when it is refused", async () => {
    const user = await createUser();
    const token = await resetLinkFor(user.email);
    for (const new_password of [undefined, "short", "password123"]) {
      const error = await failure(resetPassword({ token, input: { new_password } }));
      expect(error.fieldErrors?.new_password).toBeDefined();
    }
    await expect(resetPassword({ token, input: { new_password: NEW } })).resolves.toBeDefined();
  });

  it("revokes every session of the account", async () => {
    const user = await createUser();
    const sid = await createSession(user.id);
    expect(await activeSessionUser(sid)).toBe(user.id);
    await resetPassword({ token: await resetLinkFor(user.email), input: { new_password: NEW } });
    expect(await activeSessionUser(sid)).toBeNull();
  });

  it("answers the same whether the address exists or not, and mails only accounts that can still log in", async () => {
    const unknown = uniqueEmail();
    await delivered(requestPasswordReset({ input: { email: unknown }, ip: uniqueIp() }));
    expect(await emailsTo(unknown)).toHaveLength(0);
    const purgeable = await createUser({ isDeleted: true, permanentDeletionDate: new Date(Date.now() - 1000) });
    await delivered(requestPasswordReset({ input: { email: purgeable.email }, ip: uniqueIp() }));
    expect(await emailsTo(purgeable.email)).toHaveLength(0);
    const inactive = await createUser({ isActive: false });
    await delivered(requestPasswordReset({ input: { email: inactive.email }, ip: uniqueIp() }));
    expect(await emailsTo(inactive.email)).toHaveLength(0);
  });
});
