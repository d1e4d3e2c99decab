import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { lockedTransaction } from "@/lib/transaction";
import { createUser, emailsTo } from "@/test/helpers";
import { deliverPendingNotificationEmails, notificationDeliveriesSettled } from "./deliver";
import { deliverNotificationEmails, notify, type NotificationInput } from "./notify";

const note = (userId: string, extra: Partial<NotificationInput> = {}): NotificationInput => ({
  userId,
  kind: "REQUEST_RECEIVED",
  title: "Alex Kim sent you a mentoring request",
  body: "Alex would like you to be their mentor.",
  link: "/mentees",
  ...extra,
});

async function sent(address: string) {
  await notificationDeliveriesSettled();
  await deliverPendingNotificationEmails();
  return emailsTo(address);
}

describe("notify", () => {
  it("writes the notification in the caller's transaction and emails it after the commit", async () => {
    const user = await createUser({ role: "MENTOR" });
    await lockedTransaction((tx) => notify(tx, note(user.id)));
    deliverNotificationEmails();
    const rows = await prisma.notification.findMany({ where: { userId: user.id } });
    expect(rows).toMatchObject([{ kind: "REQUEST_RECEIVED", title: "Alex Kim sent you a mentoring request", link: "/mentees", readAt: null }]);
    const emails = await sent(user.email);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ subject: "Alex Kim sent you a mentoring request" });
    expect(emails[0]!.text).toContain("/mentees");
    expect(emails[0]!.text).toMatch(/\/unsubscribe\?token=/);
  });

  it("writes nothing when the transaction fails", async () => {
    const user = await createUser();
    await expect(
      lockedTransaction(async (tx) => {
        await notify(tx, note(user.id));
        throw new Error("the action failed");
      }),
    ).rejects.toThrow("the action failed");
    expect(await prisma.notification.count({ where: { userId: user.id } })).toBe(0);
    expect(await sent(user.email)).toHaveLength(0);
  });
});
