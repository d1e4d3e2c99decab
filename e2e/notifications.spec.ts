/**
 * Notifications (issue 11) in the browser against the production build: every email kind this app
 * hooks is read from the file sink and its button followed; the header's bell; the unread markers
 * of the dashboard and the chat list; the settings toggle that stops an email; the signed
 * unsubscribe link, logged out; the notifications page.
 */
import { randomUUID } from "node:crypto";
import { expect as baseExpect, test, type PlaywrightWorkerArgs } from "@playwright/test";
import { emailsTo } from "./helpers/mail";
import { browserFor, logIn } from "./support/browser";
import { PASSWORD, mailedToken, post, signedIn, sql, uniqueIp } from "./support/api";
import { buttonLink, expectBell, followSignedOut, pathOf, unsubscribeLink, waitForNotificationEmail } from "./support/notifications";

type Playwright = PlaywrightWorkerArgs["playwright"];

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

/** A verified, signed-in account with a complete profile and a unique name. */
async function student(playwright: Playwright, baseURL: string | undefined, role: "MENTEE" | "MENTOR") {
  const { client, email } = await signedIn(playwright, baseURL, role);
  const firstName = role === "MENTOR" ? "Nora" : "Niko";
  const lastName = `${role === "MENTOR" ? "Mentor" : "Mentee"}-${randomUUID().slice(0, 8)}`;
  const response = await client.put("/api/users/profile", {
    data: { firstName, lastName, year: role === "MENTOR" ? 4 : 1, major: ["Linguistics"], goals: "Talk about research and internships." },
    headers: { "x-forwarded-for": uniqueIp() },
  });
  expect(response.status()).toBe(200);
  const [row] = await sql<{ id: string }>(`SELECT "userID"::text AS id FROM users WHERE email = $1`, [email]);
  return { client, email, id: row!.id, name: `${firstName} ${lastName}` };
}
type Student = Awaited<ReturnType<typeof student>>;

async function request(mentee: Student, mentor: Student): Promise<string> {
  const response = await post(mentee.client, "/api/matching/requests", { mentor_email: mentor.email, message: "Could you help me find a lab?" });
  expect(response.status()).toBe(201);
  return (await response.json()).request.id;
}

async function match(mentee: Student, mentor: Student): Promise<void> {
  const id = await request(mentee, mentor);
  expect((await post(mentor.client, `/api/matching/requests/${id}/accept`)).status()).toBe(200);
}

test("each event's email names the other person and its button opens the right page; the bell and the unread markers follow", async ({ browser, playwright, baseURL }) => {
  const mentor = await student(playwright, baseURL, "MENTOR");
  const mentee = await student(playwright, baseURL, "MENTEE");
  const mentorSide = await browserFor(browser, baseURL);
  const menteeSide = await browserFor(browser, baseURL);
  await logIn(mentorSide.page, mentor.email);
  await logIn(menteeSide.page, mentee.email);
  await expectBell(mentorSide.page, 0);

  // REQUEST_RECEIVED → the mentor's requests page; the bell and the dashboard say so.
  await request(mentee, mentor);
  const received = await waitForNotificationEmail(mentor.email, new RegExp(`^${mentee.name} sent you a mentoring request$`));
  expect(received.text).toContain("Could you help me find a lab?");
  expect(received.headers?.["List-Unsubscribe"]).toMatch(/^<http.*\/api\/notifications\/unsubscribe\?token=.+>$/);
  expect(received.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  await mentorSide.page.goto("/dashboard");
  await expectBell(mentorSide.page, 1);
  await expect(mentorSide.page.getByTestId("marker-requests")).toHaveText("1 new request");
  await mentorSide.page.goto(pathOf(buttonLink(received)));
  await expect(mentorSide.page).toHaveURL("/mentees");
  await expect(mentorSide.page.getByTestId("incoming-request")).toContainText(mentee.name);

  // REQUEST_ACCEPTED → the mentee's chat with the mentor.
  const [pending] = await sql<{ id: string }>(`SELECT id::text FROM mentorship_requests r JOIN users u ON u."userID" = r."menteeId" WHERE u.email = $1 AND status = 'PENDING'`, [mentee.email]);
  expect((await post(mentor.client, `/api/matching/requests/${pending!.id}/accept`)).status()).toBe(200);
  const accepted = await waitForNotificationEmail(mentee.email, new RegExp(`^${mentor.name} accepted your mentoring request$`));
  await menteeSide.page.goto("/dashboard");
  await expectBell(menteeSide.page, 1);
  await menteeSide.page.goto(pathOf(buttonLink(accepted)));
  await expect(menteeSide.page).toHaveURL(`/chat/${mentor.id}`);

  // NEW_MESSAGE → the conversation. Until the mentor opens it: the bell, the dashboard's marker and
  // the chat list's badge; the first message emails, the second (same hour) does not.
  const sentBefore = new Date();
  expect((await post(mentee.client, `/api/chat/${encodeURIComponent(mentor.email)}`, { body: "Hi! Is Friday good?" })).status()).toBe(201);
  const message = await waitForNotificationEmail(mentor.email, new RegExp(`^New message from ${mentee.name}$`), sentBefore);
  expect(message.text).toContain("Hi! Is Friday good?");
  expect((await post(mentee.client, `/api/chat/${encodeURIComponent(mentor.email)}`, { body: "Or Monday?" })).status()).toBe(201);
  await mentorSide.page.goto("/dashboard");
  await expect(mentorSide.page.getByTestId("marker-conversations")).toHaveText("1 unread conversation");
  await expectBell(mentorSide.page, 2); // the request (not opened from the list) and the conversation
  await mentorSide.page.goto("/mentees");
  await expect(mentorSide.page.getByTestId("roster-mentee").getByTestId("unread-chat")).toHaveText("2 unread messages");
  await mentorSide.page.goto(pathOf(buttonLink(message)));
  await expect(mentorSide.page).toHaveURL(`/chat/${mentee.id}`);
  await expect(mentorSide.page.getByText("Or Monday?")).toBeVisible();
  await expectBell(mentorSide.page, 1);
  await mentorSide.page.goto("/dashboard");
  await expect(mentorSide.page.getByTestId("marker-conversations")).toHaveCount(0);
  expect((await emailsTo(mentor.email)).filter((e) => e.subject.startsWith("New message from"))).toHaveLength(1);

  // A message while the mentee has the chat open: the chat's poll brings the bell along.
  await post(mentee.client, "/api/notifications/read", {});
  await menteeSide.page.goto(`/chat/${mentor.id}`);
  await expectBell(menteeSide.page, 0);
  expect((await post(mentor.client, `/api/chat/${encodeURIComponent(mentee.email)}`, { body: "Friday works." })).status()).toBe(201);
  await expect(menteeSide.page.getByText("Friday works.")).toBeVisible({ timeout: 20_000 });
  // The message's notification was counted, then read by the poll that brought the message.
  await expectBell(menteeSide.page, 0, 20_000);
  // Anything else that happens meanwhile reaches the bell with the chat's next poll, no navigation needed.
  await sql(`INSERT INTO notifications (id, "userId", kind, title, body, link) VALUES (gen_random_uuid(), $1, 'MATCHED_BY_PROGRAM', 'Test', 'Test', '/dashboard')`, [mentee.id]);
  await expectBell(menteeSide.page, 1, 20_000);
  await expect(menteeSide.page).toHaveURL(`/chat/${mentor.id}`);

  // MATCH_ENDED, the mentor removes the mentee: both are told; the buttons lead to where each goes on.
  const endedAt = new Date();
  const removed = await mentor.client.delete(`/api/users/roster/${encodeURIComponent(mentee.email)}`, { headers: { "x-forwarded-for": uniqueIp() } });
  expect(removed.status()).toBe(200);
  const menteeEnded = await waitForNotificationEmail(mentee.email, new RegExp(`^${mentor.name} ended your mentorship$`), endedAt);
  const mentorEnded = await waitForNotificationEmail(mentor.email, new RegExp(`^Your mentorship with ${mentee.name} has ended$`), endedAt);
  await menteeSide.page.goto(pathOf(buttonLink(menteeEnded)));
  await expect(menteeSide.page).toHaveURL("/mentors");
  await mentorSide.page.goto(pathOf(buttonLink(mentorEnded)));
  await expect(mentorSide.page).toHaveURL("/mentees");

  // REQUEST_DECLINED → the mentee's suggestions, with the mentor's reason.
  const again = await student(playwright, baseURL, "MENTEE");
  const declinedId = await request(again, mentor);
  expect((await post(mentor.client, `/api/matching/requests/${declinedId}/decline`, { reason: "My roster is full this quarter" })).status()).toBe(200);
  const declined = await waitForNotificationEmail(again.email, new RegExp(`^${mentor.name} declined your mentoring request$`));
  expect(declined.text).toContain("My roster is full this quarter");
  const againSide = await browserFor(browser, baseURL);
  await followSignedOut(againSide.page, buttonLink(declined), again.email, PASSWORD);
  await expect(againSide.page.getByRole("heading", { level: 1 })).toHaveText("Find a mentor");
  await againSide.context.close();

  await Promise.all([mentorSide.context.close(), menteeSide.context.close()]);
});

test("an admin ending a match tells both sides; a password reset and a deletion send their security emails", async ({ browser, playwright, baseURL }) => {
  const mentor = await student(playwright, baseURL, "MENTOR");
  const mentee = await student(playwright, baseURL, "MENTEE");
  const admin = await student(playwright, baseURL, "MENTEE");
  await sql(`UPDATE users SET role = 'ADMIN', "isStaff" = true WHERE email = $1`, [admin.email]);
  await match(mentee, mentor);

  // MATCH_ENDED by the program: both sides, without the admin's reason.
  expect((await post(admin.client, `/api/admin/users/${mentee.id}/end-match`, { reason: "complaint from the mentee" })).status()).toBe(200);
  const toMentee = await waitForNotificationEmail(mentee.email, new RegExp(`^The program ended your match with ${mentor.name}$`));
  const toMentor = await waitForNotificationEmail(mentor.email, new RegExp(`^The program ended your match with ${mentee.name}$`));
  expect(toMentee.text).not.toContain("complaint");
  for (const [who, email, heading] of [
    [mentee, toMentee, "Find a mentor"],
    [mentor, toMentor, "My mentees"],
  ] as const) {
    const side = await browserFor(browser, baseURL);
    await followSignedOut(side.page, buttonLink(email), who.email, PASSWORD);
    await expect(side.page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await side.context.close();
  }

  // PASSWORD_CHANGED on a reset: no unsubscribe link; its button asks to log in, then shows the account.
  expect((await post(mentee.client, "/api/users/password-reset", { email: mentee.email })).status()).toBe(200);
  const token = await mailedToken(mentee.email, "reset");
  const newPassword = "another long passphrase 2026";
  expect((await post(mentee.client, `/api/users/reset-password/${token}`, { new_password: newPassword })).status()).toBe(200);
  const changed = await waitForNotificationEmail(mentee.email, /^Your BruinBridge password was changed$/);
  expect(unsubscribeLink(changed)).toBeNull();
  expect(changed.headers?.["List-Unsubscribe"]).toBeUndefined();
  const { context, page } = await browserFor(browser, baseURL);
  await page.goto(pathOf(buttonLink(changed)));
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount$/);
  await page.getByLabel("UCLA email").fill(mentee.email);
  await page.getByLabel("Password", { exact: true }).fill(newPassword);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page).toHaveURL("/account");

  // DELETION_SCHEDULED: the recovery link and the date of the purge.
  const deleted = await post(mentor.client, "/api/users/delete-account", { confirmation: mentor.email });
  expect(deleted.status()).toBe(200);
  const purgeDate = new Date((await deleted.json()).permanent_deletion_date);
  const scheduled = await waitForNotificationEmail(mentor.email, /^Your BruinBridge account is scheduled for deletion$/);
  expect(scheduled.text).toContain(new Intl.DateTimeFormat("en-US", { dateStyle: "full", timeZone: "America/Los_Angeles" }).format(purgeDate));
  expect(unsubscribeLink(scheduled)).toBeNull();
  const anonymous = await browserFor(browser, baseURL);
  await anonymous.page.goto(pathOf(buttonLink(scheduled)));
  await expect(anonymous.page).toHaveURL("/recover");
  await expect(anonymous.page.getByRole("heading", { level: 1 })).toHaveText("Recover my account");
  await Promise.all([context.close(), anonymous.context.close()]);
});

test("turning an email off in account settings stops it; the unsubscribe link works logged out, a tampered one is refused", async ({ browser, playwright, baseURL }) => {
  const mentor = await student(playwright, baseURL, "MENTOR");
  const { context, page } = await browserFor(browser, baseURL);
  await logIn(page, mentor.email);

  // Settings: security kinds always on; turn "New mentoring requests" off.
  await page.goto("/account");
  const section = page.getByRole("region", { name: "Email notifications" });
  await expect(section.getByRole("checkbox", { name: /Password changed/ })).toBeChecked();
  await expect(section.getByRole("checkbox", { name: /Password changed/ })).toBeDisabled();
  await section.getByRole("checkbox", { name: /New mentoring requests/ }).uncheck();
  await section.getByRole("button", { name: "Save email settings" }).click();
  await expect(section.getByTestId("form-success")).toHaveText("Your email settings are saved.");
  expect((await (await mentor.client.get("/api/users/notification-settings")).json()).email).toMatchObject({ REQUEST_RECEIVED: false, NEW_MESSAGE: true, PASSWORD_CHANGED: true });

  // A request now arrives in the app only. The mentee's acceptance email is the barrier: once it is
  // in the sink, the request's email would have been too.
  const mentee = await student(playwright, baseURL, "MENTEE");
  await match(mentee, mentor);
  const accepted = await waitForNotificationEmail(mentee.email, /accepted your mentoring request$/);
  expect((await emailsTo(mentor.email)).filter((e) => e.subject.includes("sent you a mentoring request"))).toEqual([]);
  await page.goto("/notifications");
  await expect(page.getByTestId("notification").filter({ hasText: `${mentee.name} sent you a mentoring request` })).toHaveCount(1);

  // The accepted email's unsubscribe link, opened by someone who is not logged in.
  const link = unsubscribeLink(accepted);
  expect(link).not.toBeNull();
  const anonymous = await browserFor(browser, baseURL);
  await anonymous.page.goto(pathOf(link!));
  await expect(anonymous.page.getByRole("heading", { level: 1 })).toHaveText("You're unsubscribed");
  await expect(anonymous.page.getByTestId("unsubscribed")).toContainText("request accepted");
  expect((await (await mentee.client.get("/api/users/notification-settings")).json()).email.REQUEST_ACCEPTED).toBe(false);
  await anonymous.page.getByRole("button", { name: "Resubscribe" }).click();
  await expect(anonymous.page.getByTestId("resubscribed")).toBeVisible();
  expect((await (await mentee.client.get("/api/users/notification-settings")).json()).email.REQUEST_ACCEPTED).toBe(true);

  // A tampered link (another kind under the same signature) is refused and changes nothing.
  const tampered = pathOf(link!).replace("REQUEST_ACCEPTED", "NEW_MESSAGE");
  await anonymous.page.goto(tampered);
  await expect(anonymous.page.getByRole("heading", { level: 1 })).toHaveText("We couldn't unsubscribe you");
  expect((await (await mentee.client.get("/api/users/notification-settings")).json()).email.NEW_MESSAGE).toBe(true);

  // RFC 8058: the mail client's one-click POST to the List-Unsubscribe address, without a session.
  const oneClick = accepted.headers?.["List-Unsubscribe"]?.slice(1, -1);
  const posted = await anonymous.context.request.post(pathOf(oneClick!), { form: { "List-Unsubscribe": "One-Click" } });
  expect(posted.status()).toBe(200);
  expect((await (await mentee.client.get("/api/users/notification-settings")).json()).email.REQUEST_ACCEPTED).toBe(false);
  await Promise.all([context.close(), anonymous.context.close()]);
});

test("the notifications page lists newest first, opens each item's page, marks all read, and has an empty state", async ({ browser, playwright, baseURL }) => {
  const mentor = await student(playwright, baseURL, "MENTOR");
  const { context, page } = await browserFor(browser, baseURL);
  await logIn(page, mentor.email);
  await page.goto("/notifications");
  await expect(page.getByTestId("notifications-empty")).toBeVisible();
  await expect(page.getByTestId("unread-summary")).toHaveText("You're all caught up.");

  const first = await student(playwright, baseURL, "MENTEE");
  const second = await student(playwright, baseURL, "MENTEE");
  await request(first, mentor);
  await request(second, mentor);
  await page.goto("/notifications");
  const items = page.getByTestId("notification");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(`${second.name} sent you a mentoring request`);
  await expect(items.nth(1)).toContainText(`${first.name} sent you a mentoring request`);
  await expect(page.getByTestId("unread-summary")).toHaveText("2 unread");
  await expectBell(page, 2);

  // Opening one marks it read and goes to its page.
  await items.nth(1).getByRole("link").click();
  await expect(page).toHaveURL("/mentees");
  await expectBell(page, 1);
  await page.goto("/notifications");
  await expect(items.nth(1)).toHaveAttribute("data-unread", "false");
  await expect(items.nth(0)).toHaveAttribute("data-unread", "true");

  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByTestId("unread-summary")).toHaveText("You're all caught up.");
  await expectBell(page, 0);
  await expect(page.getByRole("button", { name: "Mark all as read" })).toHaveCount(0);
  await context.close();
});
