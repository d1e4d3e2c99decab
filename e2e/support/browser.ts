/** Browser helpers shared by the specs that play several students at once. */
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { PASSWORD, uniqueIp } from "./api";

/** A browser of its own, from its own address, so per-IP limits are not shared. */
export async function browserFor(browser: Browser, baseURL: string | undefined): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  return { context, page: await context.newPage() };
}

/** Logs in through the form and waits for the dashboard (15 s: a login right after a build can be slow). */
export async function logIn(page: Page, email: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("UCLA email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page).toHaveURL("/dashboard", { timeout: 15_000 });
}
