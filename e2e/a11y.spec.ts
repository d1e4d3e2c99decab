import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, sql, uniqueIp, verifiedAccount } from "./support/api";
import { completeProfile } from "./support/profile";

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
  for (const path of ["/", "/register", "/login", "/forgot-password", "/check-email?email=jdoe%40ucla.edu", "/verify-email?token=nope", "/recover"]) {
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
    const pages = ["/dashboard", "/survey", "/profile", "/profile/edit", "/profile/role", "/account", role === "MENTEE" ? "/mentors" : "/mentees"];
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
