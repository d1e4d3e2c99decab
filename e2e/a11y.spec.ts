import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, post, signedIn, sql, uniqueIp, verifiedAccount } from "./support/api";
import { completeProfile } from "./support/profile";
import { pathOf, unsubscribeLink, waitForNotificationEmail } from "./support/notifications";

/** axe-core's WCAG 2.1 A and AA rules on a page as a student sees it. */
async function expectNoViolations(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
  expect(summary, `accessibility violations on ${path}`).toEqual([]);
}

// Each axe scan takes a few seconds; a test scans up to seven pages.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": uniqueIp() });
});

test("public pages have no WCAG A/AA violations", async ({ page }) => {
  for (const path of ["/", "/register", "/login", "/forgot-password", "/check-email?email=jdoe%40ucla.edu", "/verify-email?token=nope", "/recover", "/no-such-page", "/unsubscribe?token=nope"]) {
    await expectNoViolations(page, path);
  }
});

for (const role of ["MENTEE", "MENTOR"] as const) {
  test(`signed-in pages of a ${role.toLowerCase()} have no WCAG A/AA violations`, async ({ page, request }) => {
    const email = await verifiedAccount(request, role);
    await completeProfile(email);
    await page.goto("/login");
    await page.getByLabel("UCLA email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Log in", exact: true }).click();
    await expect(page).toHaveURL("/dashboard");
    const pages = ["/dashboard", "/survey", "/profile", "/profile/edit", "/profile/role", "/account", role === "MENTEE" ? "/mentors" : "/mentees", "/notifications"];
    for (const path of pages) await expectNoViolations(page, path);
  });
}

test("the admin console's pages have no WCAG A/AA violations", async ({ page, request }) => {
  const email = await verifiedAccount(request);
  await completeProfile(email, { firstName: "Ada", lastName: "Coordinator" });
  await sql(`UPDATE users SET role = 'ADMIN', "isStaff" = true, "isSuperuser" = true WHERE email = $1`, [email]);
  // A student with something on every section of the user page: unverified, pending deletion.
  const student = await verifiedAccount(request);
  await completeProfile(student);
  const [row] = await sql<{ id: string }>(
    `UPDATE users SET "isVerified" = false, "isDeleted" = true, "deletionRequestedDate" = now(), "permanentDeletionDate" = now() + interval '3 days' WHERE email = $1 RETURNING "userID" AS id`,
    [student],
  );
  await page.goto("/login");
  await page.getByLabel("UCLA email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page).toHaveURL("/dashboard", { timeout: 20_000 });
  if (!row) throw new Error(`no account ${student}`);
  const pages = ["/admin", "/admin/users", "/admin/users?q=nobody-at-all-here", `/admin/users/${row.id}`, "/admin/audit", "/admin/audit?action=nope"];
  for (const path of pages) await expectNoViolations(page, path);
  // A confirmation dialog with its reason field, open.
  await page.goto(`/admin/users/${row.id}`);
  await page.getByRole("button", { name: "Deactivate" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Deactivate", exact: true }).click();
  await expect(page.getByRole("dialog").getByText("Give a reason")).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`), "violations with the deactivate dialog open").toEqual([]);
});

test("account self-service (issue 12) has no WCAG A/AA violations: devices, change password with advice and errors, reset links, grace-period header", async ({ page, browser, request }) => {
  const email = await verifiedAccount(request);
  await completeProfile(email);
  // A second signed-in device, so the list has a "Sign out" button and "Sign out everywhere else".
  const other = await browser.newContext({ userAgent: "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0" });
  const otherPage = await other.newPage();
  await otherPage.goto("/login");
  await otherPage.getByLabel("UCLA email").fill(email);
  await otherPage.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await otherPage.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(otherPage).toHaveURL("/dashboard");
  await other.close();

  await page.goto("/login");
  await page.getByLabel("UCLA email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page).toHaveURL("/dashboard");
  await expectNoViolations(page, "/account");
  await expect(page.getByRole("button", { name: "Sign out everywhere else" })).toBeVisible();
  // With the strength advice showing and the server's field error.
  const form = page.getByRole("form", { name: "Change password" });
  await form.getByLabel("Current password").fill("not my password at all");
  await form.getByLabel("New password", { exact: true }).fill("password123");
  await expect(page.getByTestId("password-strength")).toContainText("Too easy to guess");
  const scan = async (what: string) => {
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`), what).toEqual([]);
  };
  await scan("violations with the strength advice showing");
  await form.getByLabel("New password", { exact: true }).fill("purple elephants juggle quietly");
  await form.getByLabel("Confirm new password").fill("purple elephants juggle quietly");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByLabel("Current password")).toHaveAccessibleDescription("Your current password is not right");
  await scan("violations with a field error");

  // A dead reset link, and the grace period's header.
  await expectNoViolations(page, "/reset-password/not-a-real-token");
  await page.goto("/account");
  await page.getByLabel("Type your email address to confirm").fill(email);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL("/login?deleted=1");
  await expectNoViolations(page, "/login?deleted=1");
  await page.getByLabel("UCLA email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page).toHaveURL("/account/deletion");
  await expectNoViolations(page, "/account/deletion");
});

test("the cohort matching pages (issue 14) have no WCAG A/AA violations: runs list, a draft with pins and changes, its publish dialog, a published run", async ({ page, request }) => {
  const email = await verifiedAccount(request);
  await completeProfile(email, { firstName: "Ada", lastName: "Coordinator" });
  await sql(`UPDATE users SET role = 'ADMIN', "isStaff" = true WHERE email = $1`, [email]);
  // Runs written as the app stores them (a draft made through the API would cover other specs' students).
  const pair = (mentee: string, mentor: string, score: number, pinned = false) => ({
    mentee, mentor, menteeId: "00000000-0000-4000-8000-000000000001", mentorId: "00000000-0000-4000-8000-000000000002", score, reasons: ["Both study Computer Science"], pinned,
  });
  const [published] = await sql<{ id: string }>(
    `INSERT INTO matching_runs (id, status, "createdByEmail", pairs, unmatched, "menteeCount", "pairCount", "totalScore", "solveSeconds", "decidedAt", "decidedByEmail", "publishedCount", skipped)
     VALUES (gen_random_uuid(), 'PUBLISHED', $1, $2, '[]', 2, 2, 70, 0.004, now(), $1, 1, $3) RETURNING id::text`,
    [email, JSON.stringify([pair("a11y-a@ucla.edu", "a11y-x@ucla.edu", 40), pair("a11y-b@ucla.edu", "a11y-x@ucla.edu", 30)]), JSON.stringify([{ mentee: "a11y-b@ucla.edu", mentor: "a11y-x@ucla.edu", why: "The mentor's roster is full" }])],
  );
  await sql(
    `INSERT INTO matching_runs (id, status, "createdByEmail", pins, forbids, pairs, unmatched, "menteeCount", "pairCount", "totalScore", "solveSeconds", "previousRunId")
     VALUES (gen_random_uuid(), 'DRAFT', $1, $2, $3, $4, $5, 3, 2, 65, 0.012, $6) ON CONFLICT DO NOTHING`,
    [
      email,
      JSON.stringify([["a11y-a@ucla.edu", "a11y-y@ucla.edu"]]),
      JSON.stringify([["a11y-b@ucla.edu", "a11y-x@ucla.edu"]]),
      JSON.stringify([pair("a11y-a@ucla.edu", "a11y-y@ucla.edu", 25, true), pair("a11y-c@ucla.edu", "a11y-x@ucla.edu", 40)]),
      JSON.stringify([{ mentee: "a11y-b@ucla.edu", menteeId: "00000000-0000-4000-8000-000000000003", why: "no mentor allowed" }]),
      published!.id,
    ],
  );
  const [draft] = await sql<{ id: string }>(`SELECT id::text FROM matching_runs WHERE status = 'DRAFT'`);
  await page.goto("/login");
  await page.getByLabel("UCLA email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page).toHaveURL("/dashboard", { timeout: 20_000 });
  for (const path of ["/admin/matching", `/admin/matching/${draft!.id}`, `/admin/matching/${published!.id}`]) await expectNoViolations(page, path);
  // The pin form's errors, then the publish confirmation, open.
  await page.goto(`/admin/matching/${draft!.id}`);
  await page.getByRole("button", { name: "Add pin" }).click();
  await expect(page.getByText("Enter the mentee's email")).toBeVisible();
  let { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`), "violations with the pin form's errors").toEqual([]);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  ({ violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze());
  expect(violations.map((v) => `${v.id}: ${v.help}`), "violations with the publish dialog open").toEqual([]);
});

test("the life of a match (issue 11) has no WCAG A/AA violations: limits and cooling-off up front, the end-mentorship dialog, Ended, a closed chat, a paused mentor's availability", async ({ page, browser, playwright, baseURL }) => {
  const profile = (firstName: string, year: number) => ({ firstName, lastName: "Axe", year, major: ["Geography"], goals: "Happy to help new Bruins." });
  const mentee = await signedIn(playwright, baseURL, "MENTEE");
  await mentee.client.put("/api/users/profile", { data: profile("Mina", 1) });
  const mentors = [];
  for (let i = 0; i < 4; i++) {
    const mentor = await signedIn(playwright, baseURL, "MENTOR");
    await mentor.client.put("/api/users/profile", { data: profile(`Mateo${i}`, 4) });
    mentors.push(mentor);
  }
  const ask = async (mentorEmail: string) => (await (await post(mentee.client, "/api/matching/requests", { mentor_email: mentorEmail })).json()).request.id as string;
  await post(mentors[0]!.client, `/api/matching/requests/${await ask(mentors[0]!.email)}/decline`, {});
  const waiting = [await ask(mentors[1]!.email), await ask(mentors[2]!.email), await ask(mentors[3]!.email)];

  const logIn = async (target: Page, email: string) => {
    await target.goto("/login");
    await target.getByLabel("UCLA email").fill(email);
    await target.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await target.getByRole("button", { name: "Log in", exact: true }).click();
    await expect(target).toHaveURL("/dashboard");
  };
  await logIn(page, mentee.email);
  await expectNoViolations(page, "/mentors");
  await expect(page.getByTestId("pending-limit")).toBeVisible();
  await expect(page.getByTestId("cooling-off")).toBeVisible();

  await post(mentors[1]!.client, `/api/matching/requests/${waiting[0]}/accept`);
  await page.goto("/mentors");
  await page.getByRole("button", { name: "End mentorship" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  let { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`), "violations with the end-mentorship dialog open").toEqual([]);
  await page.getByRole("dialog").getByRole("button", { name: "End mentorship" }).click();
  await expect(page.getByTestId("notice")).toBeVisible();
  ({ violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze());
  expect(violations.map((v) => `${v.id}: ${v.help}`), "violations on /mentors after the match ended").toEqual([]);
  const [row] = await sql<{ id: string }>(`SELECT "userID"::text AS id FROM users WHERE email = $1`, [mentors[1]!.email]);
  await expectNoViolations(page, `/chat/${row!.id}`);
  await expect(page.getByTestId("chat-ended")).toBeVisible();

  await sql(`UPDATE users SET "acceptingMentees" = false WHERE email = $1`, [mentors[1]!.email]);
  const mentorContext = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  const mentorPage = await mentorContext.newPage();
  await logIn(mentorPage, mentors[1]!.email);
  await expectNoViolations(mentorPage, "/mentees");
  await expect(mentorPage.getByTestId("paused-notice")).toBeVisible();
  await mentorContext.close();
  await Promise.all([mentee.client.dispose(), ...mentors.map((m) => m.client.dispose())]);
});

test("notifications (issue 11): the list with unread items, the dashboard's markers, and the unsubscribe confirmation have no WCAG A/AA violations", async ({ page, playwright, baseURL }) => {
  const mentor = await signedIn(playwright, baseURL, "MENTOR");
  const mentee = await signedIn(playwright, baseURL, "MENTEE");
  await completeProfile(mentor.email, { firstName: "Ada" });
  await completeProfile(mentee.email, { firstName: "Ben" });
  expect((await post(mentee.client, "/api/matching/requests", { mentor_email: mentor.email, message: "Hello!" })).status()).toBe(201);
  const email = await waitForNotificationEmail(mentor.email, /sent you a mentoring request$/);
  await page.goto("/login");
  await page.getByLabel("UCLA email").fill(mentor.email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page).toHaveURL("/dashboard");
  await expectNoViolations(page, "/dashboard");
  await expectNoViolations(page, "/notifications");
  await page.context().clearCookies();
  await expectNoViolations(page, pathOf(unsubscribeLink(email)!));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You're unsubscribed");
});
