/**
 * Issue 12 as a student sees it: change password, signed-in devices, reset during the grace
 * period, and the rough edges 5, 7, 8, 13 and 14 — each checked by roles and text.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { waitForEmail, waitForLink } from "./helpers/mail";
import { PASSWORD, post, sql, uniqueEmail, uniqueIp, verifiedAccount } from "./support/api";
import { completeProfile } from "./support/profile";

const NEW_PASSWORD = "purple elephants juggle quietly";
const FIREFOX = "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

// Two or three browsers and several logins per test: give a busy machine room.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": uniqueIp() });
});

async function logIn(page: Page, email: string, password = PASSWORD) {
  await page.getByLabel("UCLA email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
}

/** A second browser (its own cookies and User-Agent) signed in to /account. */
async function otherDevice(browser: Browser, email: string, userAgent = FIREFOX) {
  const context = await browser.newContext({ userAgent, extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  const page = await context.newPage();
  await page.goto("/account");
  await logIn(page, email);
  await expect(page).toHaveURL("/account", { timeout: 15_000 });
  return { context, page };
}

const devices = (page: Page) => page.getByRole("list", { name: "Signed-in devices" }).getByRole("listitem");

test("change password: field errors, live strength advice, pending, success; the other device is signed out, this one stays", async ({ page, browser, request }) => {
  const email = await verifiedAccount(request);
  await completeProfile(email);
  const phone = await otherDevice(browser, email);
  await page.goto("/account");
  await logIn(page, email);
  await expect(page).toHaveURL("/account", { timeout: 15_000 });
  const form = page.getByRole("form", { name: "Change password" });
  await expect(page.getByRole("heading", { name: "Change password" })).toBeVisible();

  // Mistakes the browser can see, next to their fields.
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByLabel("Current password")).toHaveAccessibleDescription("Enter your current password");
  await expect(form.getByLabel("Current password")).toBeFocused();

  // The estimator's advice while typing a guessable password.
  await form.getByLabel("Current password").fill("not my password at all");
  await form.getByLabel("New password", { exact: true }).fill("password123");
  await expect(page.getByTestId("password-strength")).toContainText("Strength: Too easy to guess. This is a commonly used password.");
  await form.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await expect(page.getByTestId("password-strength")).toContainText(/Strength: (Good|Strong)\./);
  await form.getByLabel("Confirm new password").fill(`${NEW_PASSWORD}!`);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByLabel("Confirm new password")).toHaveAccessibleDescription("The passwords do not match");

  // The server's answer: the current password is wrong.
  await form.getByLabel("Confirm new password").fill(NEW_PASSWORD);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByLabel("Current password")).toHaveAccessibleDescription("Your current password is not right");
  await expect(form.getByLabel("Current password")).toBeFocused();

  await form.getByLabel("Current password").fill(PASSWORD);
  await form.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await form.getByLabel("Confirm new password").fill(NEW_PASSWORD);
  const submit = form.getByRole("button", { name: /Chang/ });
  await submit.click();
  await expect(page.getByTestId("form-success")).toHaveText("Your password has been changed. Your other device has been signed out. We emailed you a note about it.", { timeout: 15_000 });
  await expect(form.getByLabel("Current password")).toHaveValue("");
  await waitForEmail(email, { subject: /password was changed/i });

  // This device stays; the other one is signed out on its next request.
  await page.reload();
  await expect(page).toHaveURL("/account", { timeout: 15_000 });
  await expect(devices(page)).toHaveCount(1);
  await phone.page.reload();
  await expect(phone.page).toHaveURL("/login?callbackUrl=%2Faccount", { timeout: 15_000 });
  await logIn(phone.page, email, NEW_PASSWORD);
  await expect(phone.page).toHaveURL("/account", { timeout: 15_000 });
  await phone.context.close();
});

test("devices: each signed-in browser by name with 'This device'; signing one out really signs it out, then everywhere else", async ({ page, browser, request }) => {
  const email = await verifiedAccount(request);
  await completeProfile(email);
  const firefox = await otherDevice(browser, email, FIREFOX);
  const safari = await otherDevice(browser, email, "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1");
  await page.goto("/account");
  await logIn(page, email);
  await expect(page).toHaveURL("/account", { timeout: 15_000 });

  await expect(page.getByRole("heading", { name: "Where you’re signed in" })).toBeVisible();
  await expect(devices(page)).toHaveCount(3);
  const here = devices(page).first();
  await expect(here).toContainText("This device");
  await expect(here).toContainText("Chrome");
  await expect(here).toContainText("Active now");
  await expect(here.getByRole("button")).toHaveCount(0);
  const firefoxRow = devices(page).filter({ hasText: "Firefox 133 on Ubuntu" });
  await expect(firefoxRow).toContainText("Signed in");
  await expect(firefoxRow).toContainText("Last seen");
  await expect(devices(page).filter({ hasText: "Mobile Safari 18 on iOS 18.1" })).toHaveCount(1);

  await page.getByRole("button", { name: "Sign out Firefox 133 on Ubuntu" }).click();
  await expect(devices(page)).toHaveCount(2);
  await expect(page.getByText("Firefox 133 on Ubuntu")).toHaveCount(0);
  await firefox.page.goto("/dashboard");
  await expect(firefox.page).toHaveURL("/login?callbackUrl=%2Fdashboard", { timeout: 15_000 });
  await safari.page.goto("/dashboard");
  await expect(safari.page).toHaveURL("/dashboard", { timeout: 15_000 });

  await page.getByRole("button", { name: "Sign out everywhere else" }).click();
  await expect(devices(page)).toHaveCount(1);
  await expect(page.getByTestId("devices-empty")).toHaveText("You’re not signed in anywhere else.");
  await safari.page.goto("/dashboard");
  await expect(safari.page).toHaveURL("/login?callbackUrl=%2Fdashboard", { timeout: 15_000 });
  await page.goto("/dashboard");
  await expect(page).toHaveURL("/dashboard", { timeout: 15_000 });
  await firefox.context.close();
  await safari.context.close();
});

test("a moment earlier in this minute reads 'now', never 'in 1 minute' (the distance is measured from the real clock, not the minute's start)", async ({ page, request }) => {
  const email = await verifiedAccount(request);
  await completeProfile(email);
  await page.goto("/account");
  await logIn(page, email);
  await expect(page).toHaveURL("/account", { timeout: 15_000 });
  const signedIn = devices(page).first().locator("time").first();
  const at = new Date((await signedIn.getAttribute("datetime"))!);
  // A browser clock whose minute began 45 s or more before the sign-in, yet less than 45 s from
  // it: measured from that minute's start, the sign-in lay ahead and read "in 1 minute".
  const minuteStart = Math.floor(at.getTime() / 60_000) * 60_000;
  const clock = at.getTime() - minuteStart >= 45_000 ? at.getTime() : minuteStart - 1;
  await page.clock.setFixedTime(clock);
  await page.reload();
  await expect(devices(page).first()).toContainText(/Signed in .*\(now\)/);
  await expect(devices(page).first()).not.toContainText("in 1 minute");
});

test("reset during the grace period: the recovery page links to it; a used link then shows the way to a new one, not the form (item 5)", async ({ page, request }) => {
  const email = await verifiedAccount(request);
  const login = await post(request, "/api/users/login", { email, password: PASSWORD });
  expect(login.status()).toBe(200);
  expect((await post(request, "/api/users/delete-account", { confirmation: email })).status()).toBe(200);

  await page.goto("/recover");
  await page.getByRole("link", { name: "Reset it by email" }).click();
  await expect(page).toHaveURL("/forgot-password", { timeout: 15_000 });
  const since = new Date();
  await page.getByLabel("UCLA email").fill(email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  const link = await waitForLink(email, { subject: /reset/i, since });

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
  await page.getByLabel("New password", { exact: true }).fill("bruinbridge1");
  await expect(page.getByTestId("password-strength")).toContainText("Strength: Too easy to guess.");
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Confirm new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/login/, { timeout: 15_000 });

  // The reset does not cancel the deletion: logging in leads to the page that does.
  await logIn(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL("/account/deletion", { timeout: 15_000 });

  // The same link again, loaded: why it fails and the way on, with no form to fill in first.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This reset link can’t be used");
  await expect(page.getByTestId("reset-link-error")).toContainText("already been used, has expired or was replaced");
  await expect(page.getByRole("link", { name: "Send me a new link" })).toHaveAttribute("href", "/forgot-password");
  await expect(page.getByLabel("New password", { exact: true })).toHaveCount(0);
  // An expired one and a made-up one read the same.
  await page.goto("/reset-password/not-a-real-token");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This reset link can’t be used");
});

test("grace period: the header offers only what works and the login banner says exactly what cancels (item 7)", async ({ page, request }) => {
  const email = await verifiedAccount(request);
  await page.goto("/account");
  await logIn(page, email);
  await page.getByLabel("Type your email address to confirm").fill(email);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL("/login?deleted=1", { timeout: 15_000 });
  const notice = page.getByTestId("deletion-notice");
  await expect(notice).toContainText("Before then, log in and choose Cancel deletion, or recover your account with your email and password. Logging in alone does not cancel it.");

  await logIn(page, email);
  await expect(page).toHaveURL("/account/deletion", { timeout: 15_000 });
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Account deletion" })).toBeVisible();
  for (const name of ["Dashboard", "Find a mentor", "Profile", "Account"]) await expect(nav.getByRole("link", { name, exact: true })).toHaveCount(0);
  await expect(nav.getByRole("button", { name: "Log out" })).toBeVisible();
  expect(await sql(`SELECT "isDeleted" FROM users WHERE email = $1`, [email])).toEqual([{ isDeleted: true }]);
});

test("verify → login with the address filled in; a failed login moves the focus to its error (item 8)", async ({ page }) => {
  const email = uniqueEmail();
  await page.goto("/register");
  await page.getByLabel("UCLA email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.goto(await waitForLink(email, { subject: /verify/i }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Email verified");
  await page.getByRole("link", { name: "Log in" }).last().click();

  await expect(page).toHaveURL(/\/login/, { timeout: 15_000 });
  await expect(page.getByLabel("UCLA email")).toHaveValue(email);
  await expect(page.getByLabel("Password", { exact: true })).toBeFocused();
  await expect(page.getByTestId("notice")).toHaveText("Your email is verified. Enter your password to log in.");

  await page.getByLabel("Password", { exact: true }).fill("not my password");
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  const error = page.getByTestId("form-error");
  await expect(error).toHaveText("Invalid email or password.");
  await expect(error).toHaveAttribute("role", "alert");
  await expect(page.locator(":focus")).toContainText("Invalid email or password.");
});

test("sign-up: live strength advice, the estimator loaded only when typing starts; a guessable password refused; a taken address gets one careful message (items 13, 14)", async ({ page, request }) => {
  const scripts: string[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response.url());
  });
  await page.goto("/register");
  await page.waitForLoadState("networkidle");
  const loadedWithPage = scripts.length;
  const password = page.getByLabel("Password", { exact: true });
  await expect(page.getByTestId("password-strength")).toHaveText("");
  expect(scripts.length).toBe(loadedWithPage);

  const email = uniqueEmail();
  await page.getByLabel("UCLA email").fill(email);
  await password.fill("bruin");
  await expect(page.getByTestId("password-strength")).toHaveText("Keep going: at least 8 characters.");
  await password.fill(`${email.split("@")[0]}!`);
  await expect(page.getByTestId("password-strength")).toContainText("Strength: Too easy to guess.");
  expect(scripts.length).toBeGreaterThan(loadedWithPage); // the estimator came on demand

  await page.getByRole("button", { name: "Create account" }).click();
  await expect(password).toHaveAccessibleDescription(/This password is too easy to guess\./);

  // An address that has an account (here, unverified): no "already exists", one way on.
  const taken = uniqueEmail();
  expect((await post(request, "/api/users/register", { email: taken, password: PASSWORD })).status()).toBe(201);
  await page.getByLabel("UCLA email").fill(taken);
  await password.fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  const error = page.getByTestId("form-error");
  await expect(error).toHaveText("This address can’t be used for a new account. If it’s yours, log in or reset your password.");
  await expect(error).not.toContainText("already exists");
  await expect(error.getByRole("link", { name: "log in" })).toHaveAttribute("href", "/login");
  await expect(error.getByRole("link", { name: "reset your password" })).toHaveAttribute("href", "/forgot-password");
});
