import { expect, test } from "@playwright/test";
import { PASSWORD, uniqueIp, verifiedAccount } from "./support/api";
import { completeProfile } from "./support/profile";

test("the home page fits a phone screen without sideways scrolling", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole("link", { name: "Sign up with your UCLA email" })).toBeInViewport();
});

test("on a phone the signed-in header folds into a menu that works with the keyboard", async ({ page, request, context }) => {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": uniqueIp() });
  const email = await verifiedAccount(request);
  await completeProfile(email);
  await page.goto("/login");
  await page.getByLabel("UCLA email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page).toHaveURL("/dashboard");

  const nav = page.getByRole("navigation", { name: "Main" });
  const menu = nav.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: "Profile" })).toBeHidden();
  await expect(nav.getByRole("button", { name: "Log out" })).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Find a mentor" })).toBeVisible();
  await expect(nav.getByTestId("signed-in-as")).toHaveText(email);
  await expect(nav.getByRole("button", { name: "Log out" })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "Dashboard" })).toBeFocused();

  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
  await expect(nav.getByRole("link", { name: "Profile" })).toBeHidden();

  await page.keyboard.press("Space");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await nav.getByRole("link", { name: "Profile" }).press("Enter");
  await expect(page).toHaveURL("/profile");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
});
