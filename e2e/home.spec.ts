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
