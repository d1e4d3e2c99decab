import { randomUUID } from "node:crypto";
import { expect as baseExpect, test, type Page, type PlaywrightTestArgs, type PlaywrightWorkerArgs } from "@playwright/test";
import { browserFor, logIn } from "./support/browser";
import { post, signedIn, sql } from "./support/api";

type Playwright = PlaywrightWorkerArgs["playwright"];

// Each test drives two students through several pages on a server that other specs share.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

interface Student {
  email: string;
  name: string;
  client: PlaywrightTestArgs["request"];
}

/**
 * A verified account whose profile is filled through the API, so the pair's score has reasons:
 * both study Linguistics, both first-generation, the mentor three years further along (55).
 * Names are unique: other specs create mentors in parallel, so cards are found by name.
 */
async function student(playwright: Playwright, baseURL: string | undefined, role: "MENTEE" | "MENTOR"): Promise<Student> {
  const { client, email } = await signedIn(playwright, baseURL, role);
  const firstName = role === "MENTOR" ? "Mo" : "Maya";
  const lastName = `${role === "MENTOR" ? "Mentor" : "Mentee"}-${randomUUID().slice(0, 8)}`;
  const profile = { firstName, lastName, year: role === "MENTOR" ? 4 : 1, major: ["Linguistics"], firstgen: true, goals: role === "MENTOR" ? "Happy to talk research and internships." : "Find a research lab." };
  const response = await client.put("/api/users/profile", { data: profile });
  expect(response.status()).toBe(200);
  return { email, name: `${firstName} ${lastName}`, client };
}

/** A mentor first, then the mentee: the mentee's profile update scores the pair last. */
async function pair(playwright: Playwright, baseURL: string | undefined) {
  const mentor = await student(playwright, baseURL, "MENTOR");
  const mentee = await student(playwright, baseURL, "MENTEE");
  return { mentor, mentee };
}

const mentorCard = (page: Page, name: string) => page.getByRole("article", { name });
const sentRequest = (page: Page, mentorName: string) => page.getByRole("region", { name: "Your requests" }).getByRole("listitem", { name: mentorName });
/** Messages arrive by polling every 3 s. */
const POLLED = { timeout: 20_000 };

test("a mentee requests a mentor, they are matched, chat live, and the mentor ends the match", async ({ browser, playwright, baseURL }) => {
  const { mentor, mentee } = await pair(playwright, baseURL);
  const menteeSide = await browserFor(browser, baseURL);
  const mentorSide = await browserFor(browser, baseURL);
  const menteePage = menteeSide.page;
  const mentorPage = mentorSide.page;

  // The mentee's dashboard leads to the suggestions.
  await logIn(menteePage, mentee.email);
  await expect(menteePage.getByTestId("mentoring-summary")).toContainText("Find your mentor");
  await menteePage.getByTestId("mentoring-summary").getByRole("link", { name: "Find a mentor" }).click();
  await expect(menteePage).toHaveURL("/mentors");
  await expect(menteePage.getByRole("heading", { level: 1 })).toHaveText("Find a mentor");

  const card = mentorCard(menteePage, mentor.name);
  await expect(card.getByRole("meter", { name: "Compatibility" })).toHaveAttribute("aria-valuenow", "55");
  await expect(card.getByText("55/100")).toBeVisible();
  await expect(card.getByRole("list", { name: "Why you match" }).getByRole("listitem")).toHaveText(["Both study Linguistics", "Both first-generation students", "3 years further along at UCLA"]);
  await expect(card).toContainText("4th year · Linguistics");

  // Request with a note.
  const note = `Hi Mo, I'd love advice on linguistics research (${randomUUID().slice(0, 6)}).`;
  await card.getByRole("button", { name: "Request mentor" }).click();
  const dialog = menteePage.getByRole("dialog", { name: `Ask ${mentor.name} to mentor you` });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Message (optional)").fill(note);
  await dialog.getByRole("button", { name: "Send request" }).click();
  await expect(menteePage.getByTestId("notice")).toContainText("Request sent");
  await expect(dialog).toBeHidden();
  await expect(card.getByText("Request pending")).toBeVisible();
  await expect(card.getByRole("button", { name: "Request mentor" })).toHaveCount(0);
  await expect(sentRequest(menteePage, mentor.name).getByTestId("request-status")).toHaveText("Pending");
  await expect(sentRequest(menteePage, mentor.name)).toContainText(note);
  await expect(sentRequest(menteePage, mentor.name).getByRole("button", { name: "Withdraw" })).toBeVisible();

  // The mentor sees the request with the note and the pair's score, and accepts it.
  await logIn(mentorPage, mentor.email);
  await expect(mentorPage.getByTestId("pending-summary")).toContainText("1");
  await expect(mentorPage.getByTestId("roster-summary")).toContainText("0 of 3");
  await mentorPage.getByTestId("mentoring-summary").getByRole("link", { name: "Answer requests" }).click();
  await expect(mentorPage).toHaveURL("/mentees");
  const request = mentorPage.getByRole("article", { name: mentee.name });
  await expect(request.getByTestId("request-message")).toHaveText(note);
  await expect(request.getByRole("meter", { name: "Compatibility" })).toHaveAttribute("aria-valuenow", "55");
  await expect(request.getByRole("list", { name: "Why you match" })).toContainText("Both study Linguistics");
  await expect(request).toContainText("First-generation college student");
  await expect(mentorPage.getByTestId("roster-count")).toHaveText("0 of 3 mentees");
  await request.getByRole("button", { name: "Accept" }).click();
  await expect(mentorPage.getByTestId("notice")).toContainText("Request accepted");
  await expect(mentorPage.getByTestId("roster-count")).toHaveText("1 of 3 mentees");
  await expect(request).toHaveCount(0);
  await expect(mentorPage.getByText("No requests yet.")).toBeVisible();
  const rosterEntry = mentorPage.getByRole("listitem", { name: mentee.name });
  await expect(rosterEntry).toBeVisible();

  // The mentee now sees their mentor instead of suggestions.
  await menteePage.reload();
  const matched = menteePage.getByTestId("matched-mentor");
  await expect(matched.getByRole("heading", { name: mentor.name })).toBeVisible();
  await expect(menteePage.getByRole("region", { name: "Suggested mentors" })).toHaveCount(0);
  await expect(sentRequest(menteePage, mentor.name).getByTestId("request-status")).toHaveText("Accepted");
  await matched.getByRole("link", { name: "Open chat" }).click();
  // The chat page is addressed by the partner's user id, not their email (issue 12).
  await expect(menteePage).toHaveURL(/\/chat\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  await expect(menteePage.getByTestId("chat-empty")).toContainText("Say hello");

  await rosterEntry.getByRole("link", { name: "Open chat" }).click();
  await expect(mentorPage).toHaveURL(/\/chat\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  await expect(mentorPage.getByRole("log")).toBeVisible();

  // Neither page reloads while messages come and go.
  for (const page of [menteePage, mentorPage]) {
    await page.evaluate(() => {
      document.body.dataset.loadedOnce = "yes";
    });
  }

  const hello = "Hi Mo! Thanks for accepting 🙂";
  const composer = menteePage.getByRole("textbox", { name: /Message to Mo/ });
  await composer.fill(hello);
  await composer.press("Enter");
  await expect(menteePage.getByTestId("message-mine")).toContainText(`You · `);
  await expect(menteePage.getByTestId("message-mine")).toContainText(hello);
  await expect(composer).toHaveValue("");
  await expect(mentorPage.getByTestId("message-theirs")).toContainText(hello, POLLED);
  await expect(mentorPage.getByTestId("message-theirs")).toContainText("Maya");

  const reply = mentorPage.getByRole("textbox", { name: /Message to Maya/ });
  await reply.fill("Welcome, Maya!");
  await reply.press("Shift+Enter");
  await reply.pressSequentially("Want to meet on Friday?");
  await expect(reply).toHaveValue("Welcome, Maya!\nWant to meet on Friday?");
  await reply.press("Enter");
  await expect(mentorPage.getByTestId("message-mine")).toContainText("Want to meet on Friday?");
  await expect(menteePage.getByTestId("message-theirs")).toContainText("Want to meet on Friday?", POLLED);
  expect(await menteePage.getByTestId("message-theirs").innerText()).toContain("Welcome, Maya!\nWant to meet on Friday?");
  await expect(menteePage.getByRole("log").getByRole("listitem")).toHaveCount(2);
  for (const page of [menteePage, mentorPage]) await expect(page.locator("body")).toHaveAttribute("data-loaded-once", "yes");

  // The mentor ends the match; the mentee's open chat says so.
  await mentorPage.goto("/mentees");
  await mentorPage.getByRole("listitem", { name: mentee.name }).getByRole("button", { name: "Remove" }).click();
  const confirm = mentorPage.getByRole("dialog", { name: `Remove ${mentee.name} from your roster?` });
  await expect(confirm).toContainText("chat");
  await confirm.getByRole("button", { name: "Remove mentee" }).click();
  await expect(mentorPage.getByTestId("notice")).toContainText("Mentee removed");
  await expect(mentorPage.getByTestId("roster-count")).toHaveText("0 of 3 mentees");
  await expect(mentorPage.getByText("No mentees yet.")).toBeVisible();

  // The closed chat says the mentorship ended, naming the mentor (issue 11).
  await expect(menteePage.getByTestId("chat-ended")).toContainText(`Your mentorship with ${mentor.name} ended`, POLLED);
  await menteePage.reload();
  await expect(menteePage.getByRole("heading", { name: "This mentorship has ended" })).toBeVisible();
  await expect(menteePage.getByTestId("chat-ended")).toContainText(`Your mentorship with ${mentor.name} ended`);
  await menteePage.getByTestId("chat-unavailable").getByRole("link", { name: "Find a mentor" }).click();
  await expect(mentorCard(menteePage, mentor.name)).toBeVisible();

  await menteeSide.context.close();
  await mentorSide.context.close();
});

test("a mentee blocks a mentor from the card after confirming", async ({ browser, playwright, baseURL }) => {
  const { mentor, mentee } = await pair(playwright, baseURL);
  const { context, page } = await browserFor(browser, baseURL);
  await logIn(page, mentee.email);
  await page.goto("/mentors");

  const card = mentorCard(page, mentor.name);
  await card.getByRole("button", { name: "Block" }).click();
  const dialog = page.getByRole("dialog", { name: `Block ${mentor.name}?` });
  await expect(dialog).toContainText("will not be suggested to you again");
  await expect(dialog).toContainText("Any match with them ends");
  // Cancel keeps everything as it was.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(card).toBeVisible();

  await card.getByRole("button", { name: "Block" }).click();
  await dialog.getByRole("button", { name: "Block mentor" }).click();
  await expect(page.getByTestId("notice")).toContainText("Mentor blocked");
  await expect(card).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find a mentor");
  await expect(card).toHaveCount(0);
  expect(await sql(`SELECT 1 FROM blacklist_entries b JOIN users m ON m."userID" = b."mentorId" JOIN users e ON e."userID" = b."menteeId" WHERE m.email = $1 AND e.email = $2`, [mentor.email, mentee.email])).toHaveLength(1);
  await context.close();
});

test("a mentor declines with a reason and the mentee sees it", async ({ browser, playwright, baseURL }) => {
  const { mentor, mentee } = await pair(playwright, baseURL);
  expect((await post(mentee.client, "/api/matching/requests", { mentor_email: mentor.email, message: "Could you mentor me?" })).status()).toBe(201);
  const mentorSide = await browserFor(browser, baseURL);
  const menteeSide = await browserFor(browser, baseURL);

  await logIn(mentorSide.page, mentor.email);
  await mentorSide.page.goto("/mentees");
  const request = mentorSide.page.getByRole("article", { name: mentee.name });
  await request.getByRole("button", { name: "Decline" }).click();
  const dialog = mentorSide.page.getByRole("dialog", { name: `Decline ${mentee.name}’s request?` });
  const reason = "My roster is about to fill up — try Mo's colleague!";
  await dialog.getByLabel("Reason (optional)").fill(reason);
  await dialog.getByRole("button", { name: "Decline request" }).click();
  await expect(mentorSide.page.getByTestId("notice")).toContainText("Request declined");
  await expect(request).toHaveCount(0);
  await expect(mentorSide.page.getByText("No requests yet.")).toBeVisible();
  await expect(mentorSide.page.getByText("No mentees yet.")).toBeVisible();

  await logIn(menteeSide.page, mentee.email);
  await menteeSide.page.goto("/mentors");
  const sent = sentRequest(menteeSide.page, mentor.name);
  await expect(sent.getByTestId("request-status")).toHaveText("Declined");
  await expect(sent.getByTestId("decline-reason")).toHaveText(`Their reason: “${reason}”`);
  await expect(sent.getByRole("button", { name: "Withdraw" })).toHaveCount(0);
  // Declined, the mentor can be asked again only after the cooling-off (issue 11), said up front.
  const declinedCard = mentorCard(menteeSide.page, mentor.name);
  await expect(declinedCard.getByRole("button", { name: "Request mentor" })).toBeDisabled();
  await expect(declinedCard.getByTestId("cooling-off")).toContainText("declined your request recently. You can ask again from");

  await mentorSide.context.close();
  await menteeSide.context.close();
});

test("mentors are sent to their own page, and a chat needs a match", async ({ browser, playwright, baseURL }) => {
  const { mentor, mentee } = await pair(playwright, baseURL);
  const { context, page } = await browserFor(browser, baseURL);
  await logIn(page, mentor.email);
  await page.goto("/mentors");
  await expect(page).toHaveURL("/mentees");
  await page.goto(`/chat/${encodeURIComponent(mentee.email)}`);
  await expect(page.getByTestId("chat-unavailable")).toContainText("You can only chat with your matched mentor or mentee");
  await expect(page.getByRole("link", { name: "Go to my mentees" })).toHaveAttribute("href", "/mentees");
  await context.close();
});
