/** Email settings and the signed unsubscribe link (issue 11), against the real database. */
import { describe, expect, it } from "vitest";
import { lockedTransaction } from "@/lib/transaction";
import { createUser, emailsTo, failure, withEnv } from "@/test/helpers";
import { deliverPendingNotificationEmails, notificationDeliveriesSettled } from "./deliver";
import { passwordChanged, requestReceived } from "./events";
import { NOTIFICATION_KINDS } from "./kinds";
import { notify } from "./notify";
import { getNotificationSettings, resubscribeWithLink, unsubscribeWithLink, updateNotificationSettings } from "./settings";
import { readUnsubscribeToken, unsubscribeToken, unsubscribeUrls } from "./unsubscribe-token";

const allOn = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, true]));
const someone = { id: "00000000-0000-4000-8000-000000000000", email: "alex@ucla.edu", firstName: "Alex", lastName: "Kim" };

async function mail(address: string) {
  await notificationDeliveriesSettled();
  await deliverPendingNotificationEmails();
  return emailsTo(address);
}

describe("email settings", () => {
  it("every kind is on by default; a subset changes only those kinds", async () => {
    const user = await createUser();
    expect(await getNotificationSettings({ userId: user.id })).toEqual({ email: allOn });
    expect(await updateNotificationSettings({ userId: user.id, input: { email: { NEW_MESSAGE: false, REQUEST_RECEIVED: false } } })).toEqual({
      email: { ...allOn, NEW_MESSAGE: false, REQUEST_RECEIVED: false },
    });
    expect(await updateNotificationSettings({ userId: user.id, input: { email: { NEW_MESSAGE: true, PASSWORD_CHANGED: true } } })).toEqual({ email: { ...allOn, REQUEST_RECEIVED: false } });
    // Idempotent: turning off what is off is no error.
    await updateNotificationSettings({ userId: user.id, input: { email: { REQUEST_RECEIVED: false } } });
    expect((await getNotificationSettings({ userId: user.id })).email.REQUEST_RECEIVED).toBe(false);
  });

  it("refuses unknown kinds, a security kind set false, non-booleans and a missing email object, changing nothing", async () => {
    const user = await createUser();
    const cases: [unknown, RegExp][] = [
      [{ email: { SOMETHING: true } }, /Unknown notification kind: SOMETHING/],
      [{ email: { PASSWORD_CHANGED: false } }, /Security emails cannot be turned off/],
      [{ email: { DELETION_SCHEDULED: false, NEW_MESSAGE: false } }, /Security emails cannot be turned off/],
      [{ email: { NEW_MESSAGE: "false" } }, /true or false/],
      [{ email: null }, /object/],
      [{}, /./],
      ["nope", /./],
    ];
    for (const [input, message] of cases) {
      const error = await failure(updateNotificationSettings({ userId: user.id, input }));
      expect(error.code, JSON.stringify(input)).toBe("INVALID_INPUT");
      expect(error.message).toMatch(message);
    }
    expect(await getNotificationSettings({ userId: user.id })).toEqual({ email: allOn });
  });

  it("a kind turned off gets its in-app notification but no email; security kinds are emailed regardless", async () => {
    const user = await createUser();
    await updateNotificationSettings({ userId: user.id, input: { email: { REQUEST_RECEIVED: false } } });
    await lockedTransaction(async (tx) => {
      await notify(tx, { userId: user.id, ...requestReceived(someone, "") });
      await notify(tx, { userId: user.id, ...passwordChanged("change") });
    });
    expect((await mail(user.email)).map((e) => e.subject)).toEqual(["Your BruinBridge password was changed"]);
  });

  it("deactivated or leaving accounts get only security emails", async () => {
    const inactive = await createUser({ isActive: false });
    const leaving = await createUser({ isDeleted: true, permanentDeletionDate: new Date(Date.now() + 3_600_000) });
    for (const user of [inactive, leaving]) {
      await lockedTransaction(async (tx) => {
        await notify(tx, { userId: user.id, ...requestReceived(someone, "") });
        await notify(tx, { userId: user.id, ...passwordChanged("reset") });
      });
      expect((await mail(user.email)).map((e) => e.subject)).toEqual(["Your BruinBridge password was changed"]);
    }
  });
});

describe("unsubscribe links", () => {
  it("a valid link turns its kind off without a session, and resubscribing turns it back on", async () => {
    const user = await createUser();
    const token = unsubscribeToken(user.id, "NEW_MESSAGE");
    expect(await unsubscribeWithLink({ token })).toEqual({ kind: "NEW_MESSAGE", email: user.email });
    expect((await getNotificationSettings({ userId: user.id })).email.NEW_MESSAGE).toBe(false);
    expect(await unsubscribeWithLink({ token })).toEqual({ kind: "NEW_MESSAGE", email: user.email }); // twice is fine
    await resubscribeWithLink({ token });
    expect((await getNotificationSettings({ userId: user.id })).email.NEW_MESSAGE).toBe(true);
  });

  it("refuses a tampered, foreign or malformed link and changes nothing", async () => {
    const user = await createUser();
    const other = await createUser();
    const token = unsubscribeToken(user.id, "NEW_MESSAGE");
    const [id, , signature] = token.split(".");
    const tampered = [
      `${id}.MATCH_ENDED.${signature}`, // another kind under this signature
      `${other.id}.NEW_MESSAGE.${signature}`, // another user under this signature
      `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`,
      `${id}.NEW_MESSAGE`,
      `${token}.extra`,
      "",
      "x".repeat(500),
      null,
      42,
    ];
    for (const bad of tampered) {
      expect((await failure(unsubscribeWithLink({ token: bad }))).code, String(bad)).toBe("INVALID_INPUT");
      expect(readUnsubscribeToken(bad)).toBeNull();
    }
    // Signed with another secret: refused.
    const foreign = await withEnv({ AUTH_SECRET: "another-secret-that-is-long-enough-0123456789" }, async () => unsubscribeToken(user.id, "MATCH_ENDED"));
    expect((await failure(unsubscribeWithLink({ token: foreign }))).code).toBe("INVALID_INPUT");
    for (const account of [user, other]) expect(await getNotificationSettings({ userId: account.id })).toEqual({ email: allOn });
  });

  it("security kinds cannot be unsubscribed, even with a correctly signed link; a purged account's link is NOT_FOUND", async () => {
    const user = await createUser();
    for (const kind of ["PASSWORD_CHANGED", "DELETION_SCHEDULED"] as const) {
      const error = await failure(unsubscribeWithLink({ token: unsubscribeToken(user.id, kind) }));
      expect(error).toMatchObject({ code: "INVALID_INPUT", message: "Security emails cannot be turned off" });
    }
    expect(await getNotificationSettings({ userId: user.id })).toEqual({ email: allOn });
    const gone = unsubscribeToken("11111111-1111-4111-8111-111111111111", "NEW_MESSAGE");
    expect((await failure(unsubscribeWithLink({ token: gone }))).code).toBe("NOT_FOUND");
  });

  it("every non-security email carries its kind's link (footer and List-Unsubscribe); security emails carry none", async () => {
    const user = await createUser();
    await lockedTransaction(async (tx) => {
      await notify(tx, { userId: user.id, ...requestReceived(someone, "Hi") });
      await notify(tx, { userId: user.id, ...passwordChanged("change") });
    });
    const emails = await mail(user.email);
    const request = emails.find((e) => e.subject.includes("mentoring request")) as (typeof emails)[number] & { headers?: Record<string, string> };
    const urls = unsubscribeUrls(user.id, "REQUEST_RECEIVED");
    expect(request.text).toContain(urls.pageUrl);
    expect(request.html).toContain(urls.pageUrl.replace(/&/g, "&amp;"));
    expect(request.headers).toEqual({ "List-Unsubscribe": `<${urls.oneClickUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    const security = emails.find((e) => e.subject.includes("password")) as (typeof emails)[number] & { headers?: Record<string, string> };
    expect(security.text).not.toContain("unsubscribe");
    expect(security.headers).toBeUndefined();
    // The footer's link works.
    const token = decodeURIComponent(new URL(urls.pageUrl).searchParams.get("token")!);
    await unsubscribeWithLink({ token });
    expect((await getNotificationSettings({ userId: user.id })).email.REQUEST_RECEIVED).toBe(false);
  });
});
