/**
 * A student who deleted their account and forgot the password can still get it back inside the
 * grace period: reset the password, log in, cancel. The reset alone does not cancel the deletion.
 */
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createUser, emailsTo, failure, lastTokenTo, uniqueIp } from "@/test/helpers";
import { authenticateUser } from "./authenticate-user";
import { cancelAccountDeletion, cancelDeletionByCredentials } from "./cancel-account-deletion";
import { requestAccountDeletion } from "./request-account-deletion";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";
import { activeSessionUser, createSession } from "./sessions";

const NEW = "a brand new passphrase";

async function askForReset(email: string) {
  await (await requestPasswordReset({ input: { email }, ip: uniqueIp() })).deliver();
}

/** The reset emails only: the deletion itself also mails the account (DELETION_SCHEDULED). */
const resetEmailsTo = async (address: string) => (await emailsTo(address)).filter((email) => email.subject === "Reset your BruinBridge password");

describe("password reset inside the deletion grace period", () => {
  it("mails a link that sets a new password; the student then logs in (still deleting) and cancels", async () => {
    const user = await createUser();
    const { permanentDeletionDate } = await requestAccountDeletion({ userId: user.id, confirmation: user.email });
    const sid = await createSession(user.id); // logged in again during the period

    await askForReset(user.email);
    expect(await resetEmailsTo(user.email)).toHaveLength(1);
    await expect(resetPassword({ token: await lastTokenTo(user.email, "reset"), input: { new_password: NEW } })).resolves.toEqual({ email: user.email });

    // The reset signs out every session but does not cancel the deletion.
    expect(await activeSessionUser(sid)).toBeNull();
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ isDeleted: true, permanentDeletionDate });
    await expect(authenticateUser({ input: { email: user.email, password: NEW }, ip: uniqueIp() })).resolves.toMatchObject({ id: user.id, isDeleted: true });

    await cancelAccountDeletion({ userId: user.id });
    await expect(authenticateUser({ input: { email: user.email, password: NEW }, ip: uniqueIp() })).resolves.toMatchObject({ isDeleted: false });
  });

  it("the new password also works for the public cancel", async () => {
    const user = await createUser();
    await requestAccountDeletion({ userId: user.id, confirmation: user.email });
    await askForReset(user.email);
    await resetPassword({ token: await lastTokenTo(user.email, "reset"), input: { new_password: NEW } });
    await expect(cancelDeletionByCredentials({ input: { email: user.email, password: NEW }, ip: uniqueIp() })).resolves.toEqual({ email: user.email });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).isDeleted).toBe(false);
  });

  it("once the grace period is over, nothing is mailed and a link sent before is refused", async () => {
    const user = await createUser();
    await requestAccountDeletion({ userId: user.id, confirmation: user.email });
    await askForReset(user.email);
    const token = await lastTokenTo(user.email, "reset");
    await prisma.user.update({ where: { id: user.id }, data: { permanentDeletionDate: new Date(Date.now() - 1000) } });

    await askForReset(user.email);
    expect(await resetEmailsTo(user.email)).toHaveLength(1);
    expect((await failure(resetPassword({ token, input: { new_password: NEW } }))).code).toBe("INVALID_INPUT");
    expect((await failure(authenticateUser({ input: { email: user.email, password: NEW }, ip: uniqueIp() }))).code).toBe("UNAUTHORIZED");
  });
});
