/** Every event this app notifies about, end to end against the real database and the file sink. */
import { describe, expect, it } from "vitest";
import { endMatchAsAdmin } from "@/lib/admin/end-match-as-admin";
import { listMessages, sendMessage } from "@/lib/chat/messages";
import { prisma } from "@/lib/db";
import { acceptRequest, declineRequest, sendRequest } from "@/lib/matching/requests";
import { requestAccountDeletion } from "@/lib/users/request-account-deletion";
import { resetPassword } from "@/lib/users/reset-password";
import { blacklistMentor } from "@/lib/users/blacklist-mentor";
import { changeRole } from "@/lib/users/change-role";
import { removeMentee } from "@/lib/users/roster";
import { lockedTransaction } from "@/lib/transaction";
import { createUser, emailsTo } from "@/test/helpers";
import { hashToken } from "@/lib/users/tokens";
import { deliverPendingNotificationEmails, notificationDeliveriesSettled } from "./deliver";
import { newMessage } from "./events";
import { listNotifications } from "./notifications";
import { notify } from "./notify";

const mentor = (data: Parameters<typeof createUser>[0] = {}) => createUser({ role: "MENTOR", firstName: "Maya", lastName: "Mentor", ...data });
const mentee = (data: Parameters<typeof createUser>[0] = {}) => createUser({ role: "MENTEE", firstName: "Eli", lastName: "Mentee", ...data });
const admin = () => createUser({ role: "ADMIN", isStaff: true });

async function mail(address: string) {
  await notificationDeliveriesSettled();
  await deliverPendingNotificationEmails();
  return emailsTo(address);
}

const kinds = async (userId: string) => (await listNotifications({ userId })).notifications.map((n) => n.kind);

async function matched() {
  const teacher = await mentor();
  const student = await mentee();
  const request = await sendRequest({ menteeId: student.id, input: { mentor_email: teacher.email, message: "Hi!" } });
  await acceptRequest({ mentorId: teacher.id, requestId: request.id });
  return { teacher, student };
}

describe("requests", () => {
  it("a request tells the mentor, naming the mentee, with a link to the requests page", async () => {
    const teacher = await mentor();
    const student = await mentee();
    await sendRequest({ menteeId: student.id, input: { mentor_email: teacher.email, message: "Could you help me with CS?" } });
    const { notifications, unread } = await listNotifications({ userId: teacher.id });
    expect(unread).toBe(1);
    expect(notifications[0]).toMatchObject({ kind: "REQUEST_RECEIVED", title: "Eli Mentee sent you a mentoring request", link: "/mentees", readAt: null });
    expect(notifications[0]!.body).toContain("Could you help me with CS?");
    const [email] = await mail(teacher.email);
    expect(email?.subject).toBe("Eli Mentee sent you a mentoring request");
    expect(email?.html).toContain(`href="${process.env.FRONTEND_URL ?? "http://localhost:3000"}/mentees"`);
  });

  it("a refused request notifies nobody", async () => {
    const teacher = await mentor();
    const student = await mentee();
    await sendRequest({ menteeId: student.id, input: { mentor_email: teacher.email } });
    await expect(sendRequest({ menteeId: student.id, input: { mentor_email: teacher.email } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await kinds(teacher.id)).toEqual(["REQUEST_RECEIVED"]);
    expect(await mail(teacher.email)).toHaveLength(1);
  });

  it("accepting tells the mentee with a link to the chat; declining tells them the reason", async () => {
    const { teacher, student } = await matched();
    const accepted = (await listNotifications({ userId: student.id })).notifications[0];
    expect(accepted).toMatchObject({ kind: "REQUEST_ACCEPTED", title: "Maya Mentor accepted your mentoring request", link: `/chat/${teacher.id}` });
    expect((await mail(student.email)).map((e) => e.subject)).toEqual(["Maya Mentor accepted your mentoring request"]);

    const other = await mentee();
    const request = await sendRequest({ menteeId: other.id, input: { mentor_email: teacher.email } });
    await declineRequest({ mentorId: teacher.id, requestId: request.id, input: { reason: "My roster is about to fill up" } });
    const declined = (await listNotifications({ userId: other.id })).notifications[0];
    expect(declined).toMatchObject({ kind: "REQUEST_DECLINED", title: "Maya Mentor declined your mentoring request", link: "/mentors" });
    expect(declined?.body).toContain("My roster is about to fill up");
    // A second answer to the same request is refused and notifies nobody again.
    await expect(declineRequest({ mentorId: teacher.id, requestId: request.id, input: {} })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await kinds(other.id)).toEqual(["REQUEST_DECLINED"]);
    expect((await mail(other.email)).map((e) => e.subject)).toEqual(["Maya Mentor declined your mentoring request"]);
  });
});

describe("match ended", () => {
  it("a mentor removing a mentee tells both sides", async () => {
    const { teacher, student } = await matched();
    await removeMentee({ mentorId: teacher.id, menteeEmail: student.email });
    expect((await listNotifications({ userId: student.id })).notifications[0]).toMatchObject({ kind: "MATCH_ENDED", title: "Maya Mentor ended your mentorship", link: "/mentors" });
    expect((await listNotifications({ userId: teacher.id })).notifications[0]).toMatchObject({ kind: "MATCH_ENDED", title: "Your mentorship with Eli Mentee has ended", link: "/mentees" });
    expect((await mail(student.email)).map((e) => e.subject)).toContain("Maya Mentor ended your mentorship");
    // Removing someone not on the roster fails and notifies nobody.
    await expect(removeMentee({ mentorId: teacher.id, menteeEmail: student.email })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await kinds(student.id)).filter((k) => k === "MATCH_ENDED")).toHaveLength(1);
  });

  it("an admin ending a match tells both sides, without the admin's reason", async () => {
    const { teacher, student } = await matched();
    await endMatchAsAdmin({ actorId: (await admin()).id, userId: student.id, input: { reason: "complaint about the mentor" } });
    for (const [user, partner] of [
      [student, "Maya Mentor"],
      [teacher, "Eli Mentee"],
    ] as const) {
      const [latest] = (await listNotifications({ userId: user.id })).notifications;
      expect(latest).toMatchObject({ kind: "MATCH_ENDED", title: `The program ended your match with ${partner}` });
      expect(latest?.body).not.toContain("complaint");
      expect((await mail(user.email)).map((e) => e.subject)).toContain(`The program ended your match with ${partner}`);
    }
  });
});

describe("leaving a match some other way", () => {
  it("a mentee blocking their mentor ends the match: the mentor is told it ended, not that they were blocked", async () => {
    const { teacher, student } = await matched();
    await blacklistMentor({ menteeId: student.id, mentorEmail: teacher.email });
    const [latest] = (await listNotifications({ userId: teacher.id })).notifications;
    expect(latest).toMatchObject({ kind: "MATCH_ENDED", title: "Eli Mentee ended your mentorship" });
    expect(JSON.stringify(latest)).not.toMatch(/block/i);
  });

  it("an account deletion or a role switch tells the former partners", async () => {
    const { teacher, student } = await matched();
    await requestAccountDeletion({ userId: teacher.id, confirmation: teacher.email });
    expect((await listNotifications({ userId: student.id })).notifications[0]).toMatchObject({ kind: "MATCH_ENDED", title: "Maya Mentor ended your mentorship" });
    expect((await mail(student.email)).map((e) => e.subject)).toContain("Maya Mentor ended your mentorship");

    const pair = await matched();
    await changeRole({ userId: pair.student.id, newRole: "MENTOR" });
    expect((await listNotifications({ userId: pair.teacher.id })).notifications[0]).toMatchObject({ kind: "MATCH_ENDED", title: "Eli Mentee ended your mentorship" });
  });
});

describe("new messages", () => {
  it("notify the recipient once per conversation, email at most once an hour, and clear when the conversation is read", async () => {
    const { teacher, student } = await matched();
    const before = (await mail(teacher.email)).length;
    await sendMessage({ userId: student.id, partnerEmail: teacher.email, input: { body: "Hello Maya!" } });
    await sendMessage({ userId: student.id, partnerEmail: teacher.email, input: { body: "Are you free on Friday?" } });
    const { notifications, unread } = await listNotifications({ userId: teacher.id });
    const chat = notifications.filter((n) => n.kind === "NEW_MESSAGE");
    expect(chat).toHaveLength(1);
    expect(chat[0]).toMatchObject({ title: "New message from Eli Mentee", body: "Eli Mentee: Are you free on Friday?", link: `/chat/${student.id}` });
    expect(unread).toBe(2); // the request and the conversation
    const emails = (await mail(teacher.email)).slice(before);
    expect(emails.map((e) => e.subject)).toEqual(["New message from Eli Mentee"]);

    // Reading the conversation clears its notification and its messages' unread marks.
    await listMessages({ userId: teacher.id, partnerEmail: student.email });
    expect(await prisma.chatMessage.count({ where: { recipientId: teacher.id, readAt: null } })).toBe(0);
    expect((await listNotifications({ userId: teacher.id })).notifications.find((n) => n.kind === "NEW_MESSAGE")?.readAt).not.toBeNull();

    // Within the hour a new message notifies again in the app, but sends no second email.
    await sendMessage({ userId: student.id, partnerEmail: teacher.email, input: { body: "Ping" } });
    expect((await listNotifications({ userId: teacher.id })).unread).toBe(2);
    expect((await mail(teacher.email)).slice(before)).toHaveLength(1);

    // An hour after the last email, the next message emails again.
    await prisma.notification.updateMany({ where: { userId: teacher.id, kind: "NEW_MESSAGE" }, data: { emailSentAt: new Date(Date.now() - 61 * 60_000) } });
    await sendMessage({ userId: student.id, partnerEmail: teacher.email, input: { body: "Still there?" } });
    expect((await mail(teacher.email)).slice(before).map((e) => e.text.includes("Still there?"))).toEqual([false, true]);
  });

  it("an email still waiting when the conversation is read is dropped; conversations are throttled separately", async () => {
    const { teacher, student } = await matched();
    const second = await mentee({ firstName: "Noa" });
    const request = await sendRequest({ menteeId: second.id, input: { mentor_email: teacher.email } });
    await acceptRequest({ mentorId: teacher.id, requestId: request.id });
    const before = (await mail(student.email)).length;
    // Written as sendMessage does, but the recipient reads the conversation before the delivery runs.
    await lockedTransaction((tx) => notify(tx, { userId: student.id, ...newMessage(teacher, "Welcome!") }));
    await listMessages({ userId: student.id, partnerEmail: teacher.email });
    expect((await mail(student.email)).slice(before)).toEqual([]);
    // The mentor's other conversation has its own hour.
    await sendMessage({ userId: teacher.id, partnerEmail: second.email, input: { body: "Welcome too!" } });
    expect((await mail(second.email)).filter((e) => e.subject === "New message from Maya Mentor")).toHaveLength(1);
  });
});

describe("security", () => {
  it("a password reset sends PASSWORD_CHANGED, even to someone who turned every other email off", async () => {
    const user = await mentee();
    await prisma.notificationEmailOptOut.createMany({ data: ["REQUEST_ACCEPTED", "MATCH_ENDED"].map((kind) => ({ userId: user.id, kind: kind as "MATCH_ENDED" })) });
    const token = "a".repeat(43);
    await prisma.user.update({ where: { id: user.id }, data: { passwordResetToken: hashToken(token), passwordResetSentAt: new Date() } });
    await resetPassword({ token, input: { new_password: "a brand new passphrase" } });
    expect((await listNotifications({ userId: user.id })).notifications[0]).toMatchObject({ kind: "PASSWORD_CHANGED", link: "/account" });
    const [email] = await mail(user.email);
    expect(email?.subject).toBe("Your BruinBridge password was changed");
    expect(email?.text).not.toContain("/unsubscribe");
    expect((email as { headers?: unknown } | undefined)?.headers).toBeUndefined();
  });

  it("a deletion request sends DELETION_SCHEDULED with the recovery link and the date", async () => {
    const user = await mentee();
    const { permanentDeletionDate } = await requestAccountDeletion({ userId: user.id, confirmation: user.email });
    expect((await listNotifications({ userId: user.id })).notifications[0]).toMatchObject({ kind: "DELETION_SCHEDULED", link: "/recover" });
    const [email] = await mail(user.email);
    expect(email?.subject).toBe("Your BruinBridge account is scheduled for deletion");
    expect(email?.text).toMatch(/\/recover\b/);
    const day = new Intl.DateTimeFormat("en-US", { dateStyle: "full", timeZone: "America/Los_Angeles" }).format(permanentDeletionDate);
    expect(email?.text).toContain(day);
    expect(email?.text).not.toContain("/unsubscribe");
  });
});
