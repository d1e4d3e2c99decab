import { expect, test } from "@playwright/test";

test("the home page explains the program and leads to sign-up and login", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/BruinBridge/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find a mentor who has walked your path.");
  await expect(page.getByRole("heading", { name: "How it works" })).toBeVisible();

  const signUp = page.getByRole("link", { name: "Sign up with your UCLA email" });
  await expect(signUp).toHaveAttribute("href", "/register");
  const logIn = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Log in" });
  await expect(logIn).toHaveAttribute("href", "/login");
});

test("the home page can be used with the keyboard alone", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("every page names the site's icon, so the browser does not ask for a missing /favicon.ico", async ({ page, request }) => {
  const missing: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  await page.goto("/");
  const icon = page.locator('head link[rel="icon"]').first();
  const href = await icon.getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const served = await request.get(href!);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toContain("image/svg+xml");
  await page.goto("/login");
  expect(missing).toEqual([]);
});
