import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { waitForEmail, waitForLink } from "./helpers/mail";
import { PASSWORD, post, uniqueEmail, uniqueIp, verifiedAccount } from "./support/api";
import { completeProfile } from "./support/profile";

const NEW_PASSWORD = "purple elephants juggle quietly";

// Each test's browser comes from its own address, so the per-IP limits count per test (as for
// real students) and not for the whole suite.
test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": uniqueIp() });
});

/** An account that has not verified its email yet, made through the JSON API. */
async function unverifiedAccount(request: APIRequestContext): Promise<string> {
  const email = uniqueEmail();
  expect((await post(request, "/api/users/register", { email, password: PASSWORD })).status()).toBe(201);
  return email;
}

async function logIn(page: Page, email: string, password: string) {
  await page.getByLabel("UCLA email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
}

const header = (page: Page) => page.getByRole("navigation", { name: "Main" });

test("a student signs up, verifies the email, logs in and logs out", async ({ page }) => {
  const email = uniqueEmail();
  await page.goto("/register");
  await page.getByLabel("UCLA email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await expect(page.getByRole("radio", { name: /I want a mentor/ })).toBeChecked();
  await page.getByRole("radio", { name: /I want to mentor/ }).check();
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(`/check-email?email=${encodeURIComponent(email)}`);
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await expect(page.getByLabel("UCLA email")).toHaveValue(email);

  const link = await waitForLink(email, { subject: /verify/i });
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Email verified" })).toBeVisible();
  // A second click on the same link is not an error.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Email already verified" })).toBeVisible();

  await page.getByRole("main").getByRole("link", { name: "Log in" }).click();
  await expect(page).toHaveURL("/login");
  await logIn(page, email, PASSWORD);

  // A new profile is empty: the first login offers the onboarding survey, which can be skipped.
  await expect(page).toHaveURL("/survey");
  await page.getByRole("link", { name: "Skip for now" }).click();
  await expect(page).toHaveURL("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hi, ${email}`);
  await expect(page.getByTestId("account-email")).toHaveText(email);
  await expect(page.getByTestId("account-role")).toHaveText("Mentor");
  await expect(page.getByTestId("profile-notice").getByRole("link", { name: "Take the survey" })).toHaveAttribute("href", "/survey");
  await expect(header(page).getByTestId("signed-in-as")).toHaveText(email);
  await expect(header(page).getByRole("link", { name: "Log in" })).toHaveCount(0);

  await header(page).getByRole("button", { name: "Log out" }).click();
  // The notice is shown once: its parameter leaves the address (ShownOnce).
  await expect(page).toHaveURL("/login");
  await expect(page.getByTestId("notice")).toHaveText("You have been logged out.");
  await expect(header(page).getByRole("link", { name: "Log in" })).toBeVisible();

  await page.goto("/dashboard");
  await expect(page).toHaveURL("/login?callbackUrl=%2Fdashboard");
});

test("a verification link that is wrong or missing leads to a new one", async ({ page }) => {
  for (const url of ["/verify-email?token=not-a-real-token", "/verify-email"]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { name: "This link doesn’t work" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Get a new link" })).toHaveAttribute("href", "/check-email");
  }
});

test("logging in before verifying says so, but only with the right password", async ({ page, request }) => {
  const email = await unverifiedAccount(request);
  // Each attempt starts on a fresh page, so each message seen is the answer to that attempt.
  await page.goto("/login");
  await logIn(page, email, "not the right password at all");
  await expect(page.getByTestId("form-error")).toHaveText("Invalid email or password.");

  await page.goto("/login");
  await logIn(page, uniqueEmail(), PASSWORD);
  await expect(page.getByTestId("form-error")).toHaveText("Invalid email or password.");

  await page.goto("/login");
  await logIn(page, email, PASSWORD);
  const error = page.getByTestId("form-error");
  await expect(error).toContainText("not verified");
  await expect(page).toHaveURL("/login");

  // The way out: a new link, asked for from the check-your-inbox page with the address filled in.
  const asked = new Date();
  await error.getByRole("link", { name: "Send me a new verification link" }).click();
  await expect(page).toHaveURL(`/check-email?email=${encodeURIComponent(email)}`);
  await expect(page.getByLabel("UCLA email")).toHaveValue(email);
  await page.getByRole("button", { name: "Send a new link" }).click();
  await expect(page.getByTestId("form-success")).toContainText("a new link is on its way");
  await waitForEmail(email, { subject: /verify/i, since: asked });
});

test("resending a verification link answers the same whether or not the address has an account", async ({ page, request }) => {
  const answers: string[] = [];
  for (const email of [await unverifiedAccount(request), uniqueEmail()]) {
    await page.goto(`/check-email?email=${encodeURIComponent(email)}`);
    await page.getByRole("button", { name: "Send a new link" }).click();
    answers.push((await page.getByTestId("form-success").textContent()) ?? "");
  }
  expect(answers[0]).toBeTruthy();
  expect(answers[1]).toBe(answers[0]);
});

test("a forgotten password is reset through the emailed link", async ({ page, request }) => {
  const email = await verifiedAccount(request);
  await completeProfile(email);

  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL("/forgot-password");
  const asked = new Date();
  await page.getByLabel("UCLA email").fill(email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  const success = page.getByTestId("form-success");
  await expect(success).toContainText("we have emailed it a link");
  const answerForAccount = await success.textContent();

  // Nothing tells an address with an account from one without.
  await page.getByLabel("UCLA email").fill(uniqueEmail());
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(success).toHaveText(answerForAccount ?? "");

  const link = await waitForLink(email, { subject: /reset/i, since: asked });
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  // Opening the link does not use it up.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();

  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Confirm new password").fill(`${NEW_PASSWORD}!`);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByLabel("Confirm new password")).toHaveAccessibleDescription("The passwords do not match");

  await page.getByLabel("Confirm new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  // The notice is shown once: its parameter leaves the address (ShownOnce).
  await expect(page).toHaveURL("/login");
  await expect(page.getByTestId("notice")).toContainText("Your password has been changed");

  await logIn(page, email, PASSWORD);
  await expect(page.getByTestId("form-error")).toHaveText("Invalid email or password.");
  await logIn(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL("/dashboard");
  await expect(page.getByTestId("account-email")).toHaveText(email);

  // The link worked once: opened again, it says so at once and offers a new one instead of the form.
  await page.goto(link);
  await expect(page.getByText("The link has already been used, has expired or was replaced")).toBeVisible();
  await expect(page.getByLabel("New password", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Send me a new link" })).toHaveAttribute("href", "/forgot-password");
});

test("sign-up shows each mistake next to its field without reloading the page", async ({ page, request }) => {
  await page.goto("/register");
  await page.evaluate(() => {
    document.body.dataset.loadedOnce = "yes";
  });
  const email = page.getByLabel("UCLA email");
  const password = page.getByLabel("Password", { exact: true });

  await email.fill("x@gmail.com");
  await password.fill("abc");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription(/Use your UCLA email address \(@ucla\.edu or @g\.ucla\.edu\)/);
  await expect(password).toHaveAccessibleDescription(/Use at least 8 characters/);
  await expect(email).toBeFocused();

  // Rules only the server knows come back next to the same field.
  await email.fill(uniqueEmail());
  await password.fill("password1234");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(password).toHaveAccessibleDescription(/too easy to guess/);
  await expect(email).not.toHaveAttribute("aria-invalid");
  await expect(page).toHaveURL("/register");
  await expect(page.locator("body")).toHaveAttribute("data-loaded-once", "yes");

  // An address that already has an account.
  const taken = await unverifiedAccount(request);
  await email.fill(taken);
  await password.fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  const error = page.getByTestId("form-error");
  await expect(error).toContainText("This address can’t be used for a new account. If it’s yours, log in or reset your password.");
  await expect(error.getByRole("link", { name: "reset your password" })).toHaveAttribute("href", "/forgot-password");
  await expect(page.locator("body")).toHaveAttribute("data-loaded-once", "yes");
});

test("login goes back only to paths of this site", async ({ page, request, context }) => {
  const email = await verifiedAccount(request);
  await completeProfile(email);
  // Each of these resolves, after the URL parser's normalisation, to another host.
  for (const callbackUrl of ["https://evil.example", "//evil.example", "/\\evil.example", "/.//evil.example", "/%2F%2Fevil.example", "/\t/evil.example"]) {
    await context.clearCookies();
    await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await logIn(page, email, PASSWORD);
    await expect(page).toHaveURL("/dashboard");
  }

  // An own path is honoured, query string included.
  await context.clearCookies();
  await page.goto(`/login?callbackUrl=${encodeURIComponent("/check-email?email=x%40ucla.edu")}`);
  await logIn(page, email, PASSWORD);
  await expect(page).toHaveURL("/check-email?email=x%40ucla.edu");
});

test("the login form works with the keyboard alone", async ({ page, request }) => {
  const email = await verifiedAccount(request);
  await completeProfile(email);
  await page.goto("/login");
  await page.getByLabel("UCLA email").focus();
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password", { exact: true })).toBeFocused();
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/dashboard");
  await expect(page.getByTestId("account-email")).toHaveText(email);
});
