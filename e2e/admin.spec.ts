import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { PASSWORD, post, sql, uniqueEmail, uniqueIp, verifiedAccount } from "./support/api";
import { completeProfile } from "./support/profile";

// The console flow crosses many pages and actions; a loaded machine needs more than 30 s.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": uniqueIp() });
});

/** A superuser admin, as `npm run create-admin` makes one (staff, superuser, verified). */
async function makeAdmin(request: APIRequestContext): Promise<string> {
  const email = await verifiedAccount(request);
  await completeProfile(email, { firstName: "Ada", lastName: "Coordinator" });
  await sql(`UPDATE users SET role = 'ADMIN', "isStaff" = true, "isSuperuser" = true WHERE email = $1`, [email]);
  return email;
}

/** Letters only, so the name is one a student could type and a search can find by a fragment. */
const letters = () => Array.from(randomBytes(8), (byte) => String.fromCharCode(97 + (byte % 26))).join("");

/** A student who registered but never clicked the link: unverified, with a name to search for. */
async function unverifiedStudent(request: APIRequestContext) {
  const email = uniqueEmail();
  const response = await post(request, "/api/users/register", { email, password: PASSWORD, role: "MENTEE" });
  expect(response.status()).toBe(201);
  const tag = letters();
  const lastName = `Quinterra${tag}`;
  await sql(`UPDATE users SET "firstName" = 'Marisol', "lastName" = $2 WHERE email = $1`, [email, lastName]);
  return { email, name: `Marisol ${lastName}`, fragment: `terra${tag}` };
}

/** Logs in on the login page and waits for the page it leads to (bcrypt is slow on a busy machine). */
async function logIn(page: Page, email: string, landing: string | RegExp) {
  await page.getByLabel("UCLA email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page).toHaveURL(landing, { timeout: 20_000 });
}

const studentLogin = (request: APIRequestContext, email: string) => post(request, "/api/users/login", { email, password: PASSWORD });

const accountRow = async (email: string) => {
  const [row] = await sql<{ isVerified: boolean; isActive: boolean; isDeleted: boolean }>(`SELECT "isVerified", "isActive", "isDeleted" FROM users WHERE email = $1`, [email]);
  if (!row) throw new Error(`no account ${email}`);
  return row;
};

/** Opens an action's dialog from the Actions card and returns the dialog. */
async function openAction(page: Page, trigger: string) {
  await page.getByRole("region", { name: "Actions" }).getByRole("button", { name: trigger, exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  return dialog;
}

test("an admin finds a student by part of the name, verifies, deactivates, re-activates and restores them, and sees each step in the audit trail", async ({ page, request, playwright, baseURL }) => {
  const admin = await makeAdmin(request);
  const student = await unverifiedStudent(request);

  // The console sends a visitor to the login page and back.
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);
  await logIn(page, admin, "/admin");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { level: 1, name: "Program" })).toBeVisible();

  // Search by a fragment of the last name, case aside.
  await page.getByRole("navigation", { name: "Admin console" }).getByRole("link", { name: "Users" }).click();
  await expect(page).toHaveURL("/admin/users");
  await page.getByLabel("Search by name or email").fill(student.fragment.toUpperCase());
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(`/admin/users?q=${student.fragment.toUpperCase()}`);
  const rows = page.getByTestId("users-table").locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(student.email);
  await expect(rows.first()).toContainText("Unverified");
  // The search survives a filter chip: the chip's link keeps the query.
  await page.getByRole("link", { name: "Mentees", exact: true }).click();
  await expect(page).toHaveURL(`/admin/users?q=${student.fragment.toUpperCase()}&role=MENTEE`);
  await expect(rows).toHaveCount(1);

  await rows.first().getByRole("link", { name: student.name }).click();
  await expect(page.getByTestId("user-name")).toHaveText(student.name);
  const studentPage = page.url();

  // 1. Verify by hand.
  let dialog = await openAction(page, "Verify email");
  await expect(dialog).toContainText(student.email);
  await dialog.getByRole("button", { name: "Verify", exact: true }).click();
  await expect(page.getByTestId("notice")).toContainText("Verified");
  await expect(page.getByRole("region", { name: "Actions" }).getByRole("button", { name: "Verify email" })).toHaveCount(0);
  expect((await accountRow(student.email)).isVerified).toBe(true);

  // 2. Deactivate: the reason is required, then the student cannot log in.
  dialog = await openAction(page, "Deactivate");
  await dialog.getByRole("button", { name: "Deactivate", exact: true }).click();
  await expect(dialog.getByLabel("Reason (required)")).toHaveAccessibleDescription(/Give a reason/);
  expect((await accountRow(student.email)).isActive).toBe(true);
  await dialog.getByLabel("Reason (required)").fill("Duplicate account, reported by the student");
  await dialog.getByRole("button", { name: "Deactivate", exact: true }).click();
  await expect(page.getByTestId("notice")).toContainText("Deactivated");
  await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText("Deactivated");
  expect((await accountRow(student.email)).isActive).toBe(false);
  expect((await studentLogin(request, student.email)).status()).toBe(403);

  // 3. Activate again: the login works once more.
  dialog = await openAction(page, "Activate");
  await dialog.getByRole("button", { name: "Activate", exact: true }).click();
  await expect(page.getByTestId("notice")).toContainText("Activated");
  expect((await accountRow(student.email)).isActive).toBe(true);

  // 4. The student deletes the account by mistake; the admin restores it.
  const studentClient = await playwright.request.newContext({ baseURL });
  expect((await studentLogin(studentClient, student.email)).status()).toBe(200);
  expect((await post(studentClient, "/api/users/delete-account", { confirmation: student.email })).status()).toBe(200);
  await studentClient.dispose();
  await page.goto(studentPage);
  await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText("Pending deletion");
  dialog = await openAction(page, "Restore account");
  await dialog.getByRole("button", { name: "Restore account", exact: true }).click();
  await expect(page.getByTestId("notice")).toContainText("Restored");
  expect((await accountRow(student.email)).isDeleted).toBe(false);

  // Every step is in the user's audit trail, newest first, by this admin; the reason is kept.
  const trail = page.getByTestId("audit-table");
  const adminSteps = trail.locator("[data-testid=audit-row]").filter({ hasText: admin });
  await expect(adminSteps.getByTestId("audit-action")).toHaveText(["Deletion cancelled by staff", "Activated", "Deactivated", "Verified by hand"]);
  await expect(adminSteps.filter({ hasText: "Deactivated" })).toContainText("Duplicate account, reported by the student");
  await expect(trail).toContainText("Deletion requested");

  // The audit log page shows the same, filtered to the student, and narrows by action.
  await page.getByRole("link", { name: "Open in the audit log" }).click();
  await expect(page).toHaveURL(`/admin/audit?target=${encodeURIComponent(student.email)}`);
  const log = page.getByTestId("audit-table");
  await expect(log.locator("[data-testid=audit-row]").filter({ hasText: admin }).getByTestId("audit-action")).toHaveText(["Deletion cancelled by staff", "Activated", "Deactivated", "Verified by hand"]);
  await page.getByLabel("Action").selectOption({ label: "Deactivated" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(`/admin/audit?actor=&target=${encodeURIComponent(student.email)}&action=user.deactivate`);
  await expect(log.locator("[data-testid=audit-row]")).toHaveCount(1);
  await expect(log).toContainText(admin);
});

test("the console is not there for students: a mentee gets the 404 page and no Admin link", async ({ page, request }) => {
  const email = await verifiedAccount(request);
  await completeProfile(email);
  await page.goto("/login");
  await logIn(page, email, "/dashboard");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveCount(0);
  for (const path of ["/admin", "/admin/users", "/admin/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("a bad query in the address is explained, and an empty search says so", async ({ page, request }) => {
  const admin = await makeAdmin(request);
  await page.goto("/admin/users?sort=shoe-size");
  await logIn(page, admin, "/admin/users?sort=shoe-size");
  await expect(page.getByTestId("query-error")).toContainText("sort must be one of");
  await page.goto(`/admin/users?q=nobody-${letters()}`);
  await expect(page.getByTestId("empty-state")).toContainText("No user matches");
});

test.describe("on a 375 px phone", () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test("every console page fits the width, and the header menu leads to the console", async ({ page, request }) => {
    const admin = await makeAdmin(request);
    const student = await unverifiedStudent(request);
    await page.goto("/login");
    await logIn(page, admin, "/dashboard");

    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("button", { name: "Menu" }).click();
    await nav.getByRole("link", { name: "Admin" }).click();
    await expect(page).toHaveURL("/admin");

    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await expect(page.getByTestId("chart-signups")).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);

    await page.goto(`/admin/users?q=${student.fragment}`);
    await expect(page.getByTestId("users-table").locator("tbody tr")).toHaveCount(1);
    expect(await overflow()).toBeLessThanOrEqual(0);

    await page.getByRole("link", { name: student.name }).click();
    await expect(page.getByTestId("user-name")).toHaveText(student.name);
    expect(await overflow()).toBeLessThanOrEqual(0);
    const dialog = await openAction(page, "Deactivate");
    const box = await dialog.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();

    await page.goto("/admin/audit");
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});
