import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import sharp from "sharp";
import { PASSWORD, sql, uniqueIp, verifiedAccount } from "./support/api";
import { completeProfile } from "./support/profile";

// Each test's browser comes from its own address, so the per-IP limits count per test.
test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": uniqueIp() });
});

async function logIn(page: Page, email: string, callbackUrl?: string) {
  await page.goto(callbackUrl ? `/login?${new URLSearchParams({ callbackUrl })}` : "/login");
  await page.getByLabel("UCLA email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  // Logging in hashes the password and writes a session: give it more than the usual few seconds.
  await page.waitForURL((url) => url.pathname !== "/login", { timeout: 15_000 });
}

const header = (page: Page) => page.getByRole("navigation", { name: "Main" });
const userRow = async (email: string) =>
  (await sql<{ firstName: string; year: number | null; major: string[]; minor: string[]; firstgen: boolean; transfer: boolean; commuter: boolean; role: string; profilePictureUrl: string }>(
    `SELECT "firstName", year, major, minor, firstgen, transfer, commuter, role, "profilePictureUrl" FROM users WHERE email = $1`,
    [email],
  ))[0];

test("a new account's first login offers the survey; a page to go back to still wins", async ({ page, request, context }) => {
  const email = await verifiedAccount(request);
  await logIn(page, email);
  await expect(page).toHaveURL("/survey");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tell us about you");
  await expect(page.getByTestId("survey-step")).toHaveText("Step 1 of 4");

  await page.getByRole("link", { name: "Skip for now" }).click();
  await expect(page).toHaveURL("/dashboard");
  await expect(page.getByTestId("profile-notice").getByRole("link", { name: "Take the survey" })).toHaveAttribute("href", "/survey");

  await context.clearCookies();
  await logIn(page, email, "/profile");
  await expect(page).toHaveURL("/profile");
  await expect(page.getByTestId("profile-name")).toHaveText("Your name is not provided yet");
  await expect(page.getByText("Not provided yet.").first()).toBeVisible();
});

test("the survey checks each step before the next, keeps every answer and shows them on the profile", async ({ page, request }) => {
  test.slow(); // several page loads and saves
  const email = await verifiedAccount(request);
  await logIn(page, email);
  await expect(page).toHaveURL("/survey");
  const step = page.getByTestId("survey-step");
  const next = page.getByRole("button", { name: "Next" });

  // Step 1: a name and a year are needed before going on.
  await next.click();
  const firstName = page.getByLabel("First name");
  await expect(firstName).toHaveAccessibleDescription("Enter your first name");
  await expect(firstName).toBeFocused();
  await expect(page.getByLabel("Last name")).toHaveAccessibleDescription("Enter your last name");
  await expect(step).toHaveText("Step 1 of 4");
  await firstName.fill("Jane");
  await page.getByLabel("Last name").fill("Bruin");
  await next.click();
  const year = page.getByLabel("Year");
  await expect(year).toHaveAccessibleDescription(/Choose your year/);
  await expect(firstName).not.toHaveAttribute("aria-invalid");
  await expect(step).toHaveText("Step 1 of 4");
  await year.selectOption({ label: "2nd year" });
  await next.click();

  // Step 2: at least one major; more rows on demand.
  await expect(step).toHaveText("Step 2 of 4");
  await expect(page.getByRole("heading", { name: "Academics" })).toBeFocused();
  await next.click();
  await expect(page.getByLabel("Major 1")).toHaveAccessibleDescription(/Add at least one major/);
  await page.getByLabel("Major 1").fill("Computer Science");
  await page.getByRole("button", { name: "Add another major" }).click();
  await expect(page.getByLabel("Major 2")).toBeFocused();
  await page.getByLabel("Major 2").fill("Mathematics");
  await page.getByLabel("Minor 1").fill("Music");

  // Back and forth keeps the answers.
  await page.getByRole("button", { name: "Back" }).click();
  await expect(step).toHaveText("Step 1 of 4");
  await expect(firstName).toHaveValue("Jane");
  await next.click();
  await expect(page.getByLabel("Major 2")).toHaveValue("Mathematics");
  // Enter in a field means Next.
  await page.getByLabel("Minor 1").press("Enter");

  // Step 3: background.
  await expect(step).toHaveText("Step 3 of 4");
  await page.getByLabel("First-generation college student").check();
  await page.getByLabel("Transfer student").check();
  await page.getByLabel("Anything else about your background?").fill("Working part-time");
  await next.click();

  // Step 4: interests, then one save for everything.
  await expect(step).toHaveText("Step 4 of 4");
  await page.getByLabel("Hobbies", { exact: true }).fill("Hiking and chess");
  await page.getByLabel("Clubs", { exact: true }).fill("ACM");
  await page.getByLabel("Goals", { exact: true }).fill("Find a research lab");
  await page.getByRole("button", { name: "Save my profile" }).click();

  // The notice is shown once: its parameter leaves the address once it is on screen.
  await expect(page).toHaveURL("/profile");
  await expect(page.getByTestId("notice")).toContainText("Your profile is saved");
  await expect(page.getByTestId("profile-name")).toHaveText("Jane Bruin");
  await expect(page.getByTestId("profile-role")).toHaveText("Mentee");
  await expect(page.getByTestId("profile-year")).toHaveText("2nd year");
  await expect(page.getByRole("list", { name: "Majors" }).getByRole("listitem")).toHaveText(["Computer Science", "Mathematics"]);
  await expect(page.getByRole("list", { name: "Minors" }).getByRole("listitem")).toHaveText(["Music"]);
  await expect(page.getByRole("list", { name: "Background" }).getByRole("listitem")).toHaveText(["First-generation college student", "Transfer student"]);
  await expect(page.getByText("Working part-time")).toBeVisible();
  await expect(page.getByText("Hiking and chess")).toBeVisible();
  await expect(page.getByText("Find a research lab")).toBeVisible();
  await expect(page.getByRole("img", { name: "Jane Bruin" })).toHaveText("JB");
  expect(await userRow(email)).toMatchObject({ firstName: "Jane", year: 2, major: ["Computer Science", "Mathematics"], minor: ["Music"], firstgen: true, transfer: true, commuter: false });

  // Complete now: the next login goes to the dashboard, without the reminder.
  await header(page).getByRole("button", { name: "Log out" }).click();
  await logIn(page, email);
  await expect(page).toHaveURL("/dashboard");
  await expect(page.getByTestId("profile-notice")).toHaveCount(0);
});

test("editing the profile changes what others see", async ({ page, request }) => {
  test.slow(); // several page loads and saves
  const email = await verifiedAccount(request);
  await completeProfile(email, { firstName: "Ana", lastName: "Lopez", major: ["Biology"] });
  await logIn(page, email);
  await expect(page).toHaveURL("/dashboard");

  await header(page).getByRole("link", { name: "Profile" }).click();
  await expect(header(page).getByRole("link", { name: "Profile" })).toHaveAttribute("aria-current", "page");
  await page.getByRole("main").getByRole("link", { name: "Edit profile" }).click();
  await expect(page).toHaveURL("/profile/edit");
  await expect(header(page).getByRole("link", { name: "Profile" })).toHaveAttribute("aria-current", "true");

  const major1 = page.getByLabel("Major 1");
  await expect(major1).toHaveValue("Biology");
  // A mistake stays next to its field and nothing is saved.
  await major1.fill("x".repeat(101));
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(major1).toHaveAccessibleDescription("A major can be at most 100 characters");
  await expect(major1).toBeFocused();

  await major1.fill("Economics");
  await page.getByRole("button", { name: "Add another major" }).click();
  // The type-ahead offers UCLA's majors, with short names ("Stats"), and the save stores UCLA's name (issue 11).
  await expect(page.getByLabel("Major 2")).toHaveAttribute("list", "ucla-majors");
  await expect(page.locator('#ucla-majors option[value="Statistics and Data Science"]')).toHaveAttribute("label", /Stats/);
  await page.getByLabel("Major 2").fill("stats");
  await page.getByLabel("Commuter").check();
  await page.getByRole("button", { name: "Save changes" }).click();

  // The notice is shown once: its parameter leaves the address once it is on screen.
  await expect(page).toHaveURL("/profile");
  await expect(page.getByTestId("notice")).toHaveText("Your changes are saved.");
  await expect(page.getByRole("list", { name: "Majors" }).getByRole("listitem")).toHaveText(["Economics", "Statistics and Data Science"]);
  await expect(page.getByRole("list", { name: "Background" }).getByRole("listitem")).toHaveText(["Commuter"]);
  expect(await userRow(email)).toMatchObject({ major: ["Economics", "Statistics and Data Science"], commuter: true, year: 2, firstName: "Ana" });

  // Removing a row and unchecking a flag save too.
  await page.getByRole("main").getByRole("link", { name: "Edit profile" }).click();
  await page.getByRole("button", { name: "Remove major 1" }).click();
  await page.getByLabel("Commuter").uncheck();
  await page.getByRole("button", { name: "Save changes" }).click();
  // The notice is shown once: its parameter leaves the address once it is on screen.
  await expect(page).toHaveURL("/profile");
  await expect(page.getByRole("list", { name: "Majors" }).getByRole("listitem")).toHaveText(["Statistics and Data Science"]);
  await expect(page.getByRole("list", { name: "Background" })).toHaveCount(0);
  await expect(page.getByRole("main").getByText("Not provided yet. Add your background")).toBeVisible();
});

/** A signed-in account with a name and no picture, on the edit page. */
async function onEditPage(page: Page, request: APIRequestContext) {
  const email = await verifiedAccount(request);
  await completeProfile(email, { firstName: "Pat", lastName: "Kim" });
  await logIn(page, email, "/profile/edit");
  await expect(page).toHaveURL("/profile/edit");
  return { email, input: page.getByLabel(/Choose a (new )?picture/), upload: page.getByRole("button", { name: "Upload picture" }) };
}

test("a file that is not a PNG, JPEG or WebP picture, or is too large, is refused next to the file input", async ({ page, request }) => {
  const { email, input, upload } = await onEditPage(page, request);

  // Not a picture, whatever it is called: refused next to the input.
  await input.setInputFiles({ name: "drawing.svg", mimeType: "image/svg+xml", buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>') });
  await upload.click();
  await expect(input).toHaveAccessibleDescription(/That file is not a PNG, JPEG or WebP picture/);
  await input.setInputFiles({ name: "notes.png", mimeType: "image/png", buffer: Buffer.from("just some text") });
  await upload.click();
  await expect(input).toHaveAccessibleDescription(/That file is not a PNG, JPEG or WebP picture/);
  // Too large is caught before the upload.
  await input.setInputFiles({ name: "huge.png", mimeType: "image/png", buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 1) });
  await upload.click();
  await expect(input).toHaveAccessibleDescription(/The picture is larger than 5 MB/);
  expect((await userRow(email))?.profilePictureUrl).toBe("");
});

test("an uploaded picture is shown as stored, on the edit page and the profile, and can be removed", async ({ page, request }) => {
  test.slow(); // several page loads and saves
  const { email, input, upload } = await onEditPage(page, request);
  const current = page.getByTestId("current-picture");
  await expect(current.getByRole("img", { name: "Pat Kim" })).toHaveText("PK");

  const png = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#2774AE" } }).png().toBuffer();
  await input.setInputFiles({ name: "me.png", mimeType: "image/png", buffer: png });
  await upload.click();
  await expect(page.getByTestId("form-success")).toHaveText("Your new picture is saved.");
  const picture = current.getByRole("img", { name: "Pat Kim" });
  await expect(picture).toHaveAttribute("src", /^\/uploads\/[a-f0-9-]+\.webp$/);
  await expect(input).not.toHaveAttribute("aria-invalid");
  const src = await picture.getAttribute("src");
  expect((await userRow(email))?.profilePictureUrl).toBe(src);
  // The browser really gets the stored 400×400 picture.
  await expect.poll(() => picture.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(400);

  await page.goto("/profile");
  await expect(page.getByRole("main").getByRole("img", { name: "Pat Kim" })).toHaveAttribute("src", src ?? "");

  await page.goto("/profile/edit");
  await page.getByRole("button", { name: "Remove picture" }).click();
  await expect(page.getByTestId("form-success")).toContainText("Your picture is removed");
  await expect(current.getByRole("img", { name: "Pat Kim" })).toHaveText("PK");
  await expect(page.getByRole("button", { name: "Remove picture" })).toHaveCount(0);
  expect((await userRow(email))?.profilePictureUrl).toBe("");
});

test("switching roles warns first: Cancel keeps the role, Confirm switches it and the header follows", async ({ page, request }) => {
  test.slow(); // several page loads and saves
  const email = await verifiedAccount(request);
  await completeProfile(email);
  await logIn(page, email);
  await expect(header(page).getByRole("link", { name: "Find a mentor" })).toHaveAttribute("href", "/mentors");
  await expect(header(page).getByRole("link", { name: "My mentees" })).toHaveCount(0);

  await page.goto("/profile");
  await page.getByRole("main").getByRole("link", { name: "Change role" }).click();
  await expect(page).toHaveURL("/profile/role");
  await expect(page.getByTestId("current-role")).toHaveText("Mentee");

  const open = page.getByRole("button", { name: "Switch to mentor" });
  const dialog = page.getByRole("dialog", { name: "Switch to mentor?" });
  await open.click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("This cannot be undone.");
  await expect(dialog).toContainText("your mentor");
  await expect(dialog).toContainText("your chat history");
  // The safe choice has the focus.
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  await expect(page.getByTestId("current-role")).toHaveText("Mentee");

  // Escape closes it too.
  await open.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  expect((await userRow(email))?.role).toBe("MENTEE");

  await open.click();
  await dialog.getByRole("button", { name: "Confirm: switch to mentor" }).click();
  // The notice is shown once: its parameter leaves the address once it is on screen.
  await expect(page).toHaveURL("/profile");
  await expect(page.getByTestId("notice")).toHaveText("You are now a mentor.");
  await expect(page.getByTestId("profile-role")).toHaveText("Mentor");
  await expect(header(page).getByRole("link", { name: "My mentees" })).toHaveAttribute("href", "/mentees");
  await expect(header(page).getByRole("link", { name: "Find a mentor" })).toHaveCount(0);
  expect((await userRow(email))?.role).toBe("MENTOR");

  await page.goto("/profile/role");
  await expect(page.getByRole("button", { name: "Switch to mentee" })).toBeVisible();
});
