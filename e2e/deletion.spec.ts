import { expect, test, type Page } from "@playwright/test";
import { waitForLink } from "./helpers/mail";
import { PASSWORD, sql, uniqueIp, verifiedAccount } from "./support/api";

// Each flow crosses several pages and logins; a loaded machine needs more than the default 30 s.
test.describe.configure({ timeout: 60_000 });

// Each test's browser comes from its own address, so the per-IP limits count per test.
test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": uniqueIp() });
});

async function logIn(page: Page, email: string, password = PASSWORD) {
  await page.getByLabel("UCLA email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
}

const confirmation = (page: Page) => page.getByLabel("Type your email address to confirm");
const header = (page: Page) => page.getByRole("navigation", { name: "Main" });

/** The account's deletion state in the database; the date as an ISO string (stored in UTC). */
async function deletionOf(email: string) {
  const [row] = await sql<{ isDeleted: boolean; ms: string | null }>(
    `SELECT "isDeleted", (extract(epoch FROM "permanentDeletionDate") * 1000)::bigint AS ms FROM users WHERE email = $1`,
    [email],
  );
  if (!row) throw new Error(`no account ${email}`);
  return { isDeleted: row.isDeleted, date: row.ms === null ? null : new Date(Number(row.ms)).toISOString() };
}

const endGracePeriod = (email: string) => sql(`UPDATE users SET "permanentDeletionDate" = now() - interval '1 second' WHERE email = $1`, [email]);

/** Logs in and deletes the account on /account; ends signed out on the login page. */
async function deleteThroughSettings(page: Page, email: string) {
  await page.goto("/account");
  await logIn(page, email);
  await expect(page).toHaveURL("/account");
  await confirmation(page).fill(email);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL("/login?deleted=1");
}

test("a wrong confirmation is refused next to the field and changes nothing", async ({ page, request }) => {
  const email = await verifiedAccount(request);
  await page.goto("/account");
  await expect(page).toHaveURL("/login?callbackUrl=%2Faccount");
  await logIn(page, email);
  await expect(page).toHaveURL("/account");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Account settings");
  await expect(page.getByTestId("account-email")).toHaveText(email);
  await expect(page.getByTestId("account-role")).toHaveText("Mentee");
  await expect(page.getByRole("region", { name: "Delete my account" })).toContainText("72 hours");

  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(confirmation(page)).toHaveAccessibleDescription(/Type your email address to confirm/);

  // The keyboard alone: type into the field and press Enter.
  await confirmation(page).focus();
  await page.keyboard.type("someone-else@ucla.edu");
  await page.keyboard.press("Enter");
  await expect(confirmation(page)).toHaveAttribute("aria-invalid", "true");
  await expect(confirmation(page)).toHaveAccessibleDescription(/Type your account's email address exactly to confirm/);
  await expect(confirmation(page)).toBeFocused();
  await expect(page).toHaveURL("/account");

  expect(await deletionOf(email)).toEqual({ isDeleted: false, date: null });
  await page.goto("/dashboard");
  await expect(page.getByTestId("account-email")).toHaveText(email);
});

test("delete → signed out with the date → log in → countdown → cancel → the account works", async ({ page, request }) => {
  const email = await verifiedAccount(request);
  await deleteThroughSettings(page, email);

  const { isDeleted, date } = await deletionOf(email);
  expect(isDeleted).toBe(true);
  expect(Date.parse(date ?? "") - Date.now()).toBeGreaterThan(71 * 3_600_000);
  const notice = page.getByTestId("deletion-notice");
  await expect(notice).toContainText(/Your account is scheduled for deletion on .+\./);
  // It says exactly what cancels: logging in alone does not (issue 12, item 7).
  await expect(notice).toContainText("log in and choose Cancel deletion, or recover your account with your email and password. Logging in alone does not cancel it.");
  await expect(notice.locator("time")).toHaveAttribute("datetime", date ?? "");
  await expect(header(page).getByRole("link", { name: "Log in" })).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL("/login?callbackUrl=%2Faccount");

  // Logging in inside the grace period succeeds and leads to the page with Cancel, wherever it was going.
  await logIn(page, email);
  await expect(page).toHaveURL("/account/deletion");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account is scheduled for deletion");
  await expect(page.getByRole("main").locator("time")).toHaveAttribute("datetime", date ?? "");
  // The header offers only what works during the grace period (issue 12, item 7).
  await expect(header(page).getByRole("link", { name: "Account deletion", includeHidden: true })).toHaveAttribute("href", "/account/deletion");
  for (const name of ["Dashboard", "Find a mentor", "Profile", "Account"]) {
    await expect(header(page).getByRole("link", { name, exact: true, includeHidden: true })).toHaveCount(0);
  }
  await expect(header(page).getByRole("button", { name: "Log out", includeHidden: true })).toHaveCount(1);
  const countdown = page.getByRole("timer", { name: "Time left to cancel" });
  await expect(countdown).toContainText(/2\s*days\s*23\s*hours/);
  const shown = await countdown.textContent();
  await expect(countdown).not.toHaveText(shown ?? "", { timeout: 3_000 });

  // Every other page sends a pending account back here.
  for (const path of ["/dashboard", "/account"]) {
    await page.goto(path);
    await expect(page).toHaveURL("/account/deletion");
  }

  await page.getByRole("button", { name: "Cancel deletion" }).click();
  // The notice is shown once: its parameter leaves the address (ShownOnce).
  await expect(page).toHaveURL("/account");
  await expect(page.getByTestId("notice")).toContainText("Your account is restored");
  expect(await deletionOf(email)).toEqual({ isDeleted: false, date: null });
  await page.goto("/dashboard");
  await expect(page).toHaveURL("/dashboard");
  await expect(page.getByTestId("account-email")).toHaveText(email);
  // Nothing is pending any more: the deletion page is not for this account.
  await page.goto("/account/deletion");
  await expect(page).toHaveURL("/account");
});

test("a logged-out student recovers the account with email and password", async ({ page, request }) => {
  const email = await verifiedAccount(request);
  await deleteThroughSettings(page, email);

  await page.getByTestId("deletion-notice").getByRole("link", { name: "recover your account" }).click();
  await expect(page).toHaveURL("/recover");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recover my account");

  await page.getByLabel("UCLA email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("not the right password");
  await page.getByRole("button", { name: "Recover my account" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Invalid email or password.");
  expect((await deletionOf(email)).isDeleted).toBe(true);

  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Recover my account" }).click();
  await expect(page.getByTestId("form-success")).toHaveText("Your account is restored. You can log in now.");
  await expect(page.getByRole("main").getByRole("link", { name: "Log in", exact: true })).toHaveAttribute("href", "/login");
  expect(await deletionOf(email)).toEqual({ isDeleted: false, date: null });

  // Recovering again: nothing is pending.
  await page.reload();
  await page.getByLabel("UCLA email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Recover my account" }).click();
  await expect(page.getByTestId("form-error")).toContainText("not scheduled for deletion");

  await page.getByTestId("form-error").getByRole("link", { name: "Log in" }).click();
  await expect(page).toHaveURL("/login");
  await expect(page.getByRole("link", { name: "Recover it" })).toHaveAttribute("href", "/recover");
  // A pending account would be sent to the deletion page instead of where the login was going.
  await page.goto("/login?callbackUrl=%2Fdashboard");
  await logIn(page, email);
  await expect(page).toHaveURL("/dashboard");
  await expect(page.getByTestId("account-email")).toHaveText(email);
});

test("a student who forgot the password resets it from the recover page, logs in and cancels the deletion", async ({ page, request }) => {
  const email = await verifiedAccount(request);
  await deleteThroughSettings(page, email);
  const scheduled = await deletionOf(email);

  await page.goto("/recover");
  await page.getByRole("link", { name: "Reset it first" }).click();
  await expect(page).toHaveURL("/forgot-password");
  const asked = new Date();
  await page.getByLabel("UCLA email").fill(email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByTestId("form-success")).toContainText("we have emailed it a link");

  await page.goto(await waitForLink(email, { subject: /reset/i, since: asked }));
  const newPassword = "a brand new passphrase";
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("Confirm new password").fill(newPassword);
  await page.getByRole("button", { name: "Set new password" }).click();
  // The notice is shown once: its parameter leaves the address (ShownOnce).
  await expect(page).toHaveURL("/login");
  // The reset alone does not cancel the deletion.
  expect(await deletionOf(email)).toEqual(scheduled);

  await logIn(page, email, newPassword);
  await expect(page).toHaveURL("/account/deletion");
  await page.getByRole("button", { name: "Cancel deletion" }).click();
  // The notice is shown once: its parameter leaves the address (ShownOnce).
  await expect(page).toHaveURL("/account");
  expect(await deletionOf(email)).toEqual({ isDeleted: false, date: null });
});

test("after the grace period the account cannot be logged into or recovered", async ({ page, request }) => {
  const email = await verifiedAccount(request);
  await deleteThroughSettings(page, email);
  await endGracePeriod(email);

  await logIn(page, email);
  const error = page.getByTestId("form-error");
  await expect(error).toContainText("This account has been deleted.");
  await expect(error.getByRole("link", { name: "create a new account" })).toHaveAttribute("href", "/register");
  await expect(page).toHaveURL("/login?deleted=1");

  await page.goto("/recover");
  await page.getByLabel("UCLA email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Recover my account" }).click();
  await expect(page.getByTestId("form-error")).toContainText("can no longer be recovered");
});

test("a session still open when the grace period ends is told the account is gone", async ({ page, request }) => {
  const email = await verifiedAccount(request);
  await deleteThroughSettings(page, email);
  await logIn(page, email);
  await expect(page).toHaveURL("/account/deletion");

  await endGracePeriod(email);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account has been deleted");
  await expect(page.getByTestId("deletion-over")).toHaveText("This account can no longer be recovered.");
  await expect(page.getByRole("button", { name: "Cancel deletion" })).toHaveCount(0);
  await page.getByRole("main").getByRole("button", { name: "Log out" }).click();
  // The notice is shown once: its parameter leaves the address (ShownOnce).
  await expect(page).toHaveURL("/login");
});

test.describe("on a 375 px wide screen", () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test("the settings, deletion and recovery pages fit without sideways scrolling", async ({ page, request }) => {
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.goto("/recover");
    expect(await overflow()).toBeLessThanOrEqual(0);

    const email = await verifiedAccount(request);
    await page.goto("/account");
    await logIn(page, email);
    await expect(page).toHaveURL("/account");
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(confirmation(page)).toHaveAttribute("aria-invalid", "true");
    expect(await overflow()).toBeLessThanOrEqual(0);

    await confirmation(page).fill(email);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page).toHaveURL("/login?deleted=1");
    expect(await overflow()).toBeLessThanOrEqual(0);
    await logIn(page, email);
    await expect(page).toHaveURL("/account/deletion");
    await expect(page.getByRole("timer")).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});
