/**
 * Issue 12's rough edges, as a student sees them: colours by their computed contrast, times by the
 * browser's time zone, notices by what a reload shows, links by their attributes. No screenshots.
 */
import { expect, test, type APIRequestContext, type Browser, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";
import { PASSWORD, sql, uniqueIp, verifiedAccount } from "./support/api";
import { completeProfile } from "./support/profile";

const UUID_PATH = /\/chat\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": uniqueIp() });
});

async function logIn(page: Page, email: string, callbackUrl = "/dashboard") {
  await page.goto(`/login?${new URLSearchParams({ callbackUrl })}`);
  await page.getByLabel("UCLA email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await page.waitForURL((url) => url.pathname !== "/login", { timeout: 15_000 });
}

/** A verified account with a complete profile; its user id and email. */
async function student(request: APIRequestContext, role: "MENTEE" | "MENTOR", firstName: string, lastName: string) {
  const email = await verifiedAccount(request, role);
  await completeProfile(email, { firstName, lastName });
  const [row] = await sql<{ id: string }>(`SELECT "userID" AS id FROM users WHERE email = $1`, [email]);
  if (!row) throw new Error(`no account ${email}`);
  return { email, id: row.id, name: `${firstName} ${lastName}` };
}

async function matched(request: APIRequestContext) {
  const suffix = Math.random().toString(36).slice(2, 8);
  const mentor = await student(request, "MENTOR", "Mo", `Mentor${suffix}`);
  const mentee = await student(request, "MENTEE", "Maya", `Mentee${suffix}`);
  await sql(`UPDATE users SET "matchedMentorId" = $1, "isMatched" = true WHERE "userID" = $2`, [mentor.id, mentee.id]);
  await sql(`UPDATE users SET "isMatched" = true WHERE "userID" = $1`, [mentor.id]);
  return { mentor, mentee };
}

/**
 * The WCAG contrast of an element's text against what is behind it, and of its focus outline
 * against the same background; for a gradient behind it, the worst of the gradient's colours.
 * Colours are read back through a canvas, so oklch() and rgb() alike become sRGB bytes.
 */
async function contrasts(locator: Locator): Promise<{ text: number; outline: number; outlineWidth: number }> {
  return locator.evaluate((element) => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const context = canvas.getContext("2d", { willReadFrequently: true });
    if (!context) throw new Error("no canvas");
    const rgba = (color: string): [number, number, number, number] => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = color;
      context.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const luminance = ([r, g, b]: number[]) => {
      const channel = (value = 0) => {
        const c = value / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const ratio = (a: number[], b: number[]) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (light + 0.05) / (dark + 0.05);
    };
    /** The colours behind the element: its own or an ancestor's background colour or gradient. */
    const backgrounds = (start: Element): number[][] => {
      for (let node: Element | null = start; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.backgroundImage.includes("gradient")) {
          const stops = style.backgroundImage.match(/(?:rgba?|oklch|oklab|lab|lch|color)\([^)]*\)|#[0-9a-f]{3,8}/gi) ?? [];
          return stops.map(rgba);
        }
        const colour = rgba(style.backgroundColor);
        if (colour[3] > 0.99) return [colour];
      }
      return [[255, 255, 255, 1]];
    };
    const style = getComputedStyle(element);
    const text = rgba(style.color);
    const own = rgba(style.backgroundColor);
    // The outline sits outside the element (outline-offset), on its parent's background.
    const behindOutline = backgrounds(element.parentElement ?? element);
    const behindText = own[3] > 0.99 ? [own] : backgrounds(element);
    const outline = rgba(style.outlineColor);
    return {
      text: Math.min(...behindText.map((background) => ratio(text, background))),
      outline: style.outlineStyle === "none" ? 0 : Math.min(...behindOutline.map((background) => ratio(outline, background))),
      outlineWidth: Number.parseFloat(style.outlineWidth),
    };
  });
}

/** Tabs to `target` so that it gets the keyboard's :focus-visible, not a programmatic focus. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 30; presses++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error("never reached the element with Tab");
}

for (const viewport of [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 375, height: 812 },
]) {
  test(`item 1: the hero's buttons are readable and their focus ring shows on the dark hero (${viewport.name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto("/");
    const hero = page.locator("section").filter({ has: page.getByRole("heading", { level: 1 }) });
    for (const name of ["Log in", "Sign up with your UCLA email"]) {
      const button = hero.getByRole("link", { name, exact: true });
      await expect(button).toBeVisible();
      await tabTo(page, button);
      // transition-colors also animates the outline's colour: read it once the transition is over.
      await expect.poll(async () => (await contrasts(button)).outline, { message: `${name}: focus ring against the hero` }).toBeGreaterThanOrEqual(3);
      const measured = await contrasts(button);
      expect(measured.text, `${name}: text against its background`).toBeGreaterThanOrEqual(4.5);
      expect(measured.outlineWidth, `${name}: focus ring width`).toBeGreaterThanOrEqual(2);
    }
  });
}

for (const { timeZone, when } of [
  { timeZone: "America/Los_Angeles", when: "May 14, 3:04 PM" },
  { timeZone: "Asia/Tokyo", when: "May 15, 7:04 AM" },
]) {
  test(`item 2: times are shown in the reader's time zone (${timeZone}), with relative times`, async ({ browser, request, baseURL }) => {
    const { mentor, mentee } = await matched(request);
    await sql(`INSERT INTO chat_messages (id, "senderId", "recipientId", body, "createdAt") VALUES (gen_random_uuid(), $1, $2, 'Hi!', '2026-05-14T22:04:00Z')`, [mentor.id, mentee.id]);
    // Another mentor, asked two days ago: "Sent …, (2 days ago)".
    const asker = await student(request, "MENTEE", "Ari", "Asker");
    await sql(`INSERT INTO mentorship_requests (id, "menteeId", "mentorId", "createdAt") VALUES (gen_random_uuid(), $1, $2, now() - interval '2 days')`, [asker.id, mentor.id]);

    const context = await browser.newContext({ baseURL, timezoneId: timeZone, extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
    const page = await context.newPage();
    await logIn(page, mentee.email, `/chat/${mentor.id}`);
    await expect(page.getByTestId("message-theirs").locator("time")).toHaveText(when);
    await expect(page.getByTestId("message-theirs").locator("time")).toHaveAttribute("datetime", "2026-05-14T22:04:00.000Z");
    await context.close();

    const mentorContext = await browser.newContext({ baseURL, timezoneId: timeZone, extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
    const mentorPage = await mentorContext.newPage();
    await logIn(mentorPage, mentor.email, "/mentees");
    await expect(mentorPage.getByRole("main")).toContainText(/Sent \w{3} \d{1,2}, \d{4} \(2 days ago\)/);
    await mentorContext.close();
  });
}

test("item 3: a notice from the address is shown once; a reload does not bring it back", async ({ page, request }) => {
  await page.goto("/login?loggedOut=1");
  await expect(page.getByTestId("notice")).toHaveText("You have been logged out.");
  await expect(page).toHaveURL("/login");
  await page.reload();
  await expect(page.getByRole("heading", { name: "Log in" })).toBeVisible();
  await expect(page.getByTestId("notice")).toHaveCount(0);

  const { email } = await student(request, "MENTEE", "Nia", "Notice");
  await logIn(page, email, "/profile/edit");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("notice")).toHaveText("Your changes are saved.");
  await expect(page).toHaveURL("/profile");
  await page.reload();
  await expect(page.getByTestId("profile-name")).toBeVisible();
  await expect(page.getByTestId("notice")).toHaveCount(0);

  // The mentoring pages' ?notice= (PageNotice) too.
  await page.goto("/mentors?notice=requested");
  await expect(page.getByTestId("notice")).toContainText("Request sent");
  await expect(page).toHaveURL("/mentors");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("notice")).toHaveCount(0);
});

test("item 6: the check-email page claims no address from the link and has no developer hint in production", async ({ page }) => {
  await page.goto("/check-email?email=somebody-else%40ucla.edu");
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("We sent a verification link to the UCLA email address you signed up with.");
  await expect(page.getByRole("main")).not.toContainText("somebody-else@ucla.edu");
  // The address only fills in the resend form, where it can be seen and corrected.
  await expect(page.getByLabel("UCLA email")).toHaveValue("somebody-else@ucla.edu");
  await expect(page.getByText(/Running BruinBridge on your own machine|In development/)).toHaveCount(0);
});

test("item 9: a chosen picture shows at once and 'Save changes' uploads it", async ({ page, request }) => {
  const { email } = await student(request, "MENTEE", "Pia", "Picture");
  await logIn(page, email, "/profile/edit");
  const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#FFD100" } }).png().toBuffer();
  await page.getByLabel(/Choose a (new )?picture/).setInputFiles({ name: "me.png", mimeType: "image/png", buffer: png });
  const preview = page.getByRole("img", { name: "Preview of the picture you chose" });
  await expect(preview).toHaveAttribute("src", /^blob:/);
  await expect.poll(() => preview.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(300);
  await expect(page.getByTestId("picture-preview")).toContainText("Not uploaded yet");

  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL("/profile");
  await expect(page.getByTestId("notice")).toHaveText("Your changes are saved.");
  await expect(page.getByRole("main").getByRole("img", { name: "Pia Picture" })).toHaveAttribute("src", /^\/uploads\/[a-f0-9-]+\.webp$/);
  const [row] = await sql<{ profilePictureUrl: string }>(`SELECT "profilePictureUrl" FROM users WHERE email = $1`, [email]);
  expect(row?.profilePictureUrl).toMatch(/^\/uploads\//);
});

test("item 10: unknown paths and /admin for a student show the branded page with a way back", async ({ page, request }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We can’t find that page");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.getByTestId("not-found").getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", "/");

  const { email } = await student(request, "MENTEE", "Sam", "Student");
  await logIn(page, email);
  const admin = await page.goto("/admin");
  expect(admin?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We can’t find that page");
  await page.getByTestId("not-found").getByRole("link", { name: "Go to your dashboard" }).click();
  await expect(page).toHaveURL("/dashboard");
});

async function chatAs(browser: Browser, baseURL: string | undefined, email: string, path: string) {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  const page = await context.newPage();
  await logIn(page, email, path);
  return { context, page };
}

test("item 11: chat links are clickable and safe, and chat addresses carry no email", async ({ browser, request, baseURL }) => {
  const { mentor, mentee } = await matched(request);
  await sql(`INSERT INTO chat_messages (id, "senderId", "recipientId", body) VALUES (gen_random_uuid(), $1, $2, $3)`, [
    mentor.id,
    mentee.id,
    "Slides: https://www.ucla.edu/academics. Not a link: javascript:alert(1)",
  ]);
  const { context, page } = await chatAs(browser, baseURL, mentee.email, "/dashboard");
  await page.getByRole("link", { name: "Open chat" }).click();
  await expect(page).toHaveURL(UUID_PATH);
  expect(page.url()).not.toContain("@");
  expect(page.url()).not.toContain("%40");

  const message = page.getByTestId("message-theirs");
  const link = message.getByRole("link", { name: "https://www.ucla.edu/academics (opens in a new tab)" });
  await expect(link).toHaveAttribute("href", "https://www.ucla.edu/academics");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(message.getByRole("link")).toHaveCount(1);
  await expect(message).toContainText("Not a link: javascript:alert(1)");

  // An old address by email still works: it redirects to the id.
  await page.goto(`/chat/${encodeURIComponent(mentor.email)}`);
  await expect(page).toHaveURL(`/chat/${mentor.id}`);
  await expect(page.getByRole("heading", { name: `Chat with ${mentor.name}` })).toBeAttached();
  await context.close();
});

test("item 12: the role switch names the mentor by name; a mentor gets mentor wording", async ({ page, request }) => {
  const { mentor, mentee } = await matched(request);
  await logIn(page, mentee.email, "/profile/role");
  const warning = page.getByRole("note");
  await expect(warning).toContainText(`your mentor, ${mentor.name}`);
  await expect(warning).not.toContainText(mentor.email);

  await page.context().clearCookies();
  await logIn(page, mentor.email, "/profile/edit");
  await expect(page.getByLabel("What you can help with")).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText("What you would like help with");
  await expect(page.getByRole("main")).toContainText("a mentee who shares your path");
});
