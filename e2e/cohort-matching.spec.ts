/**
 * Cohort matching in the browser (issue 14): an admin creates a draft for a cohort made by this
 * test, pins one pair, forbids another, re-solves, sees the pin kept and the forbidden pair gone,
 * publishes; the pinned mentee then finds the mentor on the dashboard and chats.
 *
 * A run covers every waiting mentee of the database: this file runs in its own project after the
 * others (playwright.config.ts, "cohort"). The cohort's emails start with "0" so its pairs sort
 * first on the draft's first page.
 */
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { linkIn, waitForEmail } from "./helpers/mail";
import { pathOf } from "./support/notifications";
import { mailedToken, PASSWORD, post, sql, uniqueIp } from "./support/api";
import { completeProfile } from "./support/profile";

test.describe.configure({ timeout: 180_000 });

test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": uniqueIp() });
});

async function account(request: APIRequestContext, role: "MENTEE" | "MENTOR", profile: { firstName: string; lastName: string; major: string[] }): Promise<string> {
  const email = `0cohort-${randomUUID().slice(0, 10)}@ucla.edu`;
  const response = await post(request, "/api/users/register", { email, password: PASSWORD, role });
  expect(response.status()).toBe(201);
  expect((await request.get(`/api/users/verify-email/${await mailedToken(email, "verify")}`)).status()).toBe(200);
  await completeProfile(email, profile);
  return email;
}

async function logIn(page: Page, email: string) {
  await page.goto("/login");
  await page.getByLabel("UCLA email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page).toHaveURL("/dashboard", { timeout: 20_000 });
}

const RUN_URL = /\/admin\/matching\/[0-9a-f-]{36}$/;

test("an admin drafts, pins, forbids, re-solves and publishes a cohort; the mentee then sees their mentor and chats", async ({ page, request, browser }) => {
  const admin = await account(request, "MENTEE", { firstName: "Ada", lastName: "Coordinator", major: ["History"] });
  await sql(`UPDATE users SET role = 'ADMIN', "isStaff" = true WHERE email = $1`, [admin]);
  const xiomara = await account(request, "MENTOR", { firstName: "Xiomara", lastName: "Reyes", major: ["Computer Science"] });
  await account(request, "MENTOR", { firstName: "Yusuf", lastName: "Okafor", major: ["Art History"] });
  const pinned = await account(request, "MENTEE", { firstName: "Pia", lastName: "Lindqvist", major: ["Art History"] });
  const kept = await account(request, "MENTEE", { firstName: "Kai", lastName: "Moreno", major: ["Computer Science"] });

  await logIn(page, admin);
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Admin console" }).getByRole("link", { name: "Matching" }).click();
  await expect(page).toHaveURL("/admin/matching");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(RUN_URL, { timeout: 30_000 });
  const firstDraft = page.url();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Matching draft");
  await expect(page.getByTestId("run-status")).toHaveText("Draft");
  const pairs = page.getByTestId("pairs-table");
  await expect(page.getByTestId("total-mentees")).not.toHaveText("0");

  // Pin Pia to Xiomara, forbid Kai with Xiomara, re-solve.
  const pin = page.getByRole("form", { name: "Pin a pair" });
  await pin.getByRole("button", { name: "Add pin" }).click();
  await expect(pin.getByText("Enter the mentee's email")).toBeVisible();
  await pin.getByLabel("Mentee email").fill(pinned);
  await pin.getByLabel("Mentor email").fill(xiomara);
  await pin.getByRole("button", { name: "Add pin" }).click();
  const pins = page.getByRole("list", { name: "Pinned pairs" });
  await expect(pins).toContainText(pinned);
  await expect(pins).toContainText(xiomara);
  const forbid = page.getByRole("form", { name: "Forbid a pair" });
  await forbid.getByLabel("Mentee email").fill(kept);
  await forbid.getByLabel("Mentor email").fill(xiomara);
  await forbid.getByRole("button", { name: "Add forbid" }).click();
  await expect(page.getByRole("list", { name: "Forbidden pairs" })).toContainText(kept);
  await expect(page.getByRole("status").filter({ hasText: "Re-solve to apply" })).toBeVisible();
  // Publishing now would make the pairs shown, without the pin and the forbid: the dialog says so.
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("dialog").getByTestId("unapplied-warning")).toContainText("not applied yet");
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("button", { name: "Re-solve with these changes" }).click();
  await expect(page).not.toHaveURL(firstDraft, { timeout: 30_000 });
  await expect(page).toHaveURL(RUN_URL);

  const pinnedRow = pairs.getByRole("row", { name: new RegExp(pinned) });
  await expect(pinnedRow).toContainText(xiomara);
  await expect(pinnedRow).toContainText("Pinned");
  const keptRow = pairs.getByRole("row", { name: new RegExp(kept) });
  if (await keptRow.count()) await expect(keptRow).not.toContainText(xiomara);
  await expect(page.getByTestId("changes-summary")).toBeVisible();
  await expect(page.getByRole("region", { name: "What changed" })).toContainText(pinned);
  await expect(page.getByRole("list", { name: "Pinned pairs" })).toContainText(pinned);

  // On a phone the reasons column gives way; each pair's reasons are under its mentor instead.
  const desktop = page.viewportSize()!;
  const wide = ((await pinnedRow.getByRole("cell").last().textContent()) ?? "").trim();
  expect(wide).not.toBe("");
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(pairs.getByRole("columnheader", { name: "Why they fit" })).toBeHidden();
  await expect(pinnedRow.getByTestId("pair-reasons-narrow")).toBeVisible();
  await expect(pinnedRow.getByTestId("pair-reasons-narrow")).toHaveText(wide === "—" ? "No reasons listed" : wide);
  await page.setViewportSize(desktop);
  await expect(pinnedRow.getByTestId("pair-reasons-narrow")).toBeHidden();

  // Publish, confirmed in a dialog.
  await page.getByRole("button", { name: "Publish" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("never forced");
  await expect(dialog.getByTestId("unapplied-warning")).toHaveCount(0);
  await dialog.getByRole("button", { name: /^Publish \d/ }).click();
  await expect(page.getByTestId("notice")).toContainText("Published", { timeout: 30_000 });
  await expect(page.getByTestId("run-status")).toHaveText("Published");
  await expect(page.getByTestId("publish-result")).toContainText("made");
  const [row] = await sql<{ mentor: string }>(`SELECT m.email AS mentor FROM users u JOIN users m ON m."userID" = u."matchedMentorId" WHERE u.email = $1`, [pinned]);
  expect(row).toEqual({ mentor: xiomara });

  // Pia logs in, finds Xiomara on the dashboard and says hello.
  const menteeContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  const menteePage = await menteeContext.newPage();
  await logIn(menteePage, pinned);
  const summary = menteePage.getByTestId("mentoring-summary");
  await expect(summary.getByRole("heading", { name: "Your mentor" })).toBeVisible();
  await expect(summary).toContainText("Xiomara Reyes");
  const chatHref = await summary.getByRole("link", { name: "Open chat" }).getAttribute("href");
  // Both were told by email (MATCHED_BY_PROGRAM); the mentee's button leads to the same chat.
  await waitForEmail(xiomara, { subject: /has been matched with you as your mentee/ });
  const told = await waitForEmail(pinned, { subject: /You have been matched with Xiomara Reyes as your mentor/ });
  await menteePage.goto(pathOf(linkIn(told)));
  await expect(menteePage).toHaveURL(new RegExp(`${chatHref}$`));
  await expect(menteePage).toHaveURL(/\/chat\/[0-9a-f-]{36}$/);
  const composer = menteePage.getByRole("textbox", { name: /Message to Xiomara/ });
  await composer.fill("Hi Xiomara! The program matched us.");
  await composer.press("Enter");
  await expect(menteePage.getByTestId("message-mine")).toContainText("Hi Xiomara! The program matched us.");
  await menteeContext.close();
});
