/**
 * The life of a match as two students live it, each in their own browser (issue 11): a request
 * reaches the mentor (bell, dashboard marker, email), the answer reaches the mentee (bell, email),
 * a message shows as unread to its recipient, and the mentee ends the match — both are told and the
 * request reads "Ended". Also the mentors page's limits said up front (issue 12 item 4, the
 * cooling-off) and a mentor's availability.
 */
import { randomUUID } from "node:crypto";
import { expect as baseExpect, test, type Page, type PlaywrightWorkerArgs } from "@playwright/test";
import { waitForEmail } from "./helpers/mail";
import { browserFor, logIn } from "./support/browser";
import { post, signedIn } from "./support/api";

type Playwright = PlaywrightWorkerArgs["playwright"];

test.describe.configure({ timeout: 150_000 });
const expect = baseExpect.configure({ timeout: 15_000 });
/** Chat messages and the bell's count arrive with the chat's poll (every few seconds). */
const POLLED = { timeout: 20_000 };

interface Student {
  email: string;
  name: string;
  firstName: string;
  client: Awaited<ReturnType<typeof signedIn>>["client"];
}

async function student(playwright: Playwright, baseURL: string | undefined, role: "MENTEE" | "MENTOR", firstName: string): Promise<Student> {
  const { client, email } = await signedIn(playwright, baseURL, role);
  const lastName = `${role === "MENTOR" ? "Mentor" : "Mentee"}-${randomUUID().slice(0, 8)}`;
  const profile = {
    firstName,
    lastName,
    year: role === "MENTOR" ? 4 : 1,
    major: ["Geography"],
    transfer: true,
    goals: role === "MENTOR" ? `I transferred from a community college and love helping new transfers (${lastName}).` : "Settle in after transferring.",
  };
  expect((await client.put("/api/users/profile", { data: profile })).status()).toBe(200);
  return { email, name: `${firstName} ${lastName}`, firstName, client };
}

const bell = (page: Page) => page.getByTestId("notification-bell");
const sentRequest = (page: Page, mentorName: string) => page.getByRole("region", { name: "Your requests" }).getByRole("listitem", { name: mentorName });

test("request → bell and email → accept → bell and email → chat with an unread marker → the mentee ends the match; both are told and it reads Ended", async ({ browser, playwright, baseURL }) => {
  const mentor = await student(playwright, baseURL, "MENTOR", "Rosa");
  const mentee = await student(playwright, baseURL, "MENTEE", "Theo");
  const mentorSide = await browserFor(browser, baseURL);
  const menteeSide = await browserFor(browser, baseURL);
  const [mentorPage, menteePage] = [mentorSide.page, menteeSide.page];
  await logIn(mentorPage, mentor.email);
  await logIn(menteePage, mentee.email);
  await expect(bell(mentorPage)).toHaveAccessibleName("Notifications, none unread");

  // The mentee reads the mentor's goals on the card before asking.
  const started = new Date();
  await menteePage.goto("/mentors");
  const card = menteePage.getByRole("article", { name: mentor.name });
  await expect(card.getByTestId("mentor-goals")).toContainText(`About ${mentor.firstName}: I transferred from a community college`);
  await card.getByRole("button", { name: "Request mentor" }).click();
  const ask = menteePage.getByRole("dialog", { name: `Ask ${mentor.name} to mentor you` });
  await ask.getByLabel("Message (optional)").fill("Hi Rosa, I just transferred too!");
  await ask.getByRole("button", { name: "Send request" }).click();
  await expect(menteePage.getByTestId("notice")).toContainText("Request sent");

  // The mentor is told: the bell on the next page, a marker on the dashboard, an email.
  await mentorPage.goto("/dashboard");
  await expect(bell(mentorPage)).toHaveAccessibleName("Notifications, 1 unread");
  await expect(mentorPage.getByTestId("marker-requests")).toHaveText("1 new request");
  const requestEmail = await waitForEmail(mentor.email, { subject: new RegExp(`${mentee.name} sent you a mentoring request`), since: started });
  expect(requestEmail.text).toContain("Hi Rosa, I just transferred too!");

  // The mentor accepts; the mentee is told by the bell and by email.
  await mentorPage.getByTestId("marker-requests").click();
  await expect(mentorPage).toHaveURL(/\/mentees/);
  await mentorPage.getByRole("article", { name: mentee.name }).getByRole("button", { name: "Accept" }).click();
  await expect(mentorPage.getByTestId("notice")).toContainText("Request accepted");

  await menteePage.goto("/dashboard");
  await expect(bell(menteePage)).toHaveAccessibleName("Notifications, 1 unread");
  await waitForEmail(mentee.email, { subject: new RegExp(`${mentor.name} accepted your mentoring request`), since: started });
  await bell(menteePage).click();
  await expect(menteePage).toHaveURL("/notifications");
  await expect(menteePage.getByTestId("notification").first()).toContainText(`${mentor.name} accepted your mentoring request`);

  // They chat; the message waits for the mentor as unread until they open it.
  await menteePage.goto("/mentors");
  await menteePage.getByTestId("matched-mentor").getByRole("link", { name: "Open chat" }).click();
  const composer = menteePage.getByRole("textbox", { name: /Message to Rosa/ });
  await composer.fill("When are your office hours?");
  await composer.press("Enter");
  await expect(menteePage.getByTestId("message-mine")).toContainText("When are your office hours?");

  await mentorPage.goto("/dashboard");
  await expect(mentorPage.getByTestId("marker-conversations")).toHaveText("1 unread conversation");
  await mentorPage.goto("/mentees");
  const rosterEntry = mentorPage.getByRole("listitem", { name: mentee.name });
  await expect(rosterEntry.getByTestId("unread-chat")).toHaveText("1 unread message");
  await rosterEntry.getByRole("link", { name: "Open chat" }).click();
  await expect(mentorPage.getByTestId("message-theirs")).toContainText("When are your office hours?");
  const reply = mentorPage.getByRole("textbox", { name: /Message to Theo/ });
  await reply.fill("Tuesdays at 3!");
  await reply.press("Enter");
  await expect(menteePage.getByTestId("message-theirs")).toContainText("Tuesdays at 3!", POLLED);

  // The mentee ends the match, with a reason; the confirmation says what happens first.
  const ending = new Date();
  await menteePage.goto("/mentors");
  await menteePage.getByTestId("matched-mentor").getByRole("button", { name: "End mentorship" }).click();
  const confirm = menteePage.getByRole("dialog", { name: `End your mentorship with ${mentor.name}?` });
  await expect(confirm).toContainText("your chat with Rosa closes for good");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  await expect(menteePage.getByTestId("matched-mentor")).toBeVisible();
  await menteePage.getByTestId("matched-mentor").getByRole("button", { name: "End mentorship" }).click();
  await confirm.getByLabel("Reason (optional)").fill("I switched to a different major.");
  await confirm.getByRole("button", { name: "End mentorship" }).click();
  await expect(menteePage.getByTestId("notice")).toContainText("Your mentorship has ended");
  await expect(menteePage.getByTestId("matched-mentor")).toHaveCount(0);
  await expect(sentRequest(menteePage, mentor.name).getByTestId("request-status")).toHaveText("Ended");
  await expect(sentRequest(menteePage, mentor.name).getByTestId("ended-note")).toContainText("Reason given: “I switched to a different major.”");

  // Both are told, in the app and by email; the mentor's open chat closes; the API says Ended.
  await expect(mentorPage.getByTestId("chat-ended")).toContainText(`Your mentorship with ${mentee.name} ended`, POLLED);
  await mentorPage.goto("/notifications");
  await expect(mentorPage.getByTestId("notification").first()).toContainText(`${mentee.name} ended your mentorship`);
  await expect(mentorPage.getByTestId("notification").first()).toContainText("I switched to a different major.");
  await waitForEmail(mentor.email, { subject: new RegExp(`${mentee.name} ended your mentorship`), since: ending });
  await menteePage.goto("/notifications");
  await expect(menteePage.getByTestId("notification").first()).toContainText(`Your mentorship with ${mentor.name} has ended`);
  await waitForEmail(mentee.email, { subject: new RegExp(`Your mentorship with ${mentor.name} has ended`), since: ending });
  await mentorPage.goto("/mentees");
  await expect(mentorPage.getByTestId("roster-count")).toHaveText("0 of 3 mentees");
  const mentorsView = (await (await mentor.client.get("/api/matching/requests")).json()).requests as { status: string }[];
  expect(mentorsView.map((r) => r.status)).toEqual(["ENDED"]);

  await mentorSide.context.close();
  await menteeSide.context.close();
});

test("with 3 requests pending the request buttons are disabled and say why; a mentor who declined shows the date to ask again", async ({ browser, playwright, baseURL }) => {
  const mentee = await student(playwright, baseURL, "MENTEE", "Ines");
  const mentors = [];
  for (let i = 0; i < 4; i++) mentors.push(await student(playwright, baseURL, "MENTOR", `Kai${i}`));
  for (const mentor of mentors.slice(0, 3)) expect((await post(mentee.client, "/api/matching/requests", { mentor_email: mentor.email })).status()).toBe(201);
  const { context, page } = await browserFor(browser, baseURL);
  await logIn(page, mentee.email);
  await page.goto("/mentors");
  await expect(page.getByTestId("pending-limit")).toContainText("You are waiting on 3 requests");
  const fourth = page.getByRole("article", { name: mentors[3]!.name });
  await expect(fourth.getByRole("button", { name: "Request mentor" })).toBeDisabled();

  // One withdrawn: the limit note goes and the buttons work again.
  await page.getByRole("region", { name: "Your requests" }).getByRole("listitem", { name: mentors[0]!.name }).getByRole("button", { name: "Withdraw" }).click();
  await expect(page.getByTestId("notice")).toContainText("Request withdrawn");
  await expect(page.getByTestId("pending-limit")).toHaveCount(0);
  await expect(fourth.getByRole("button", { name: "Request mentor" })).toBeEnabled();

  // A decline: that mentor's card gives the date from which the mentee may ask again.
  const requests = (await (await mentors[1]!.client.get("/api/matching/requests")).json()).requests as { id: string }[];
  expect((await post(mentors[1]!.client, `/api/matching/requests/${requests[0]!.id}/decline`, {})).status()).toBe(200);
  await page.reload();
  const declined = page.getByRole("article", { name: mentors[1]!.name });
  await expect(declined.getByTestId("cooling-off")).toContainText("declined your request recently. You can ask again from");
  await expect(declined.getByRole("button", { name: "Request mentor" })).toBeDisabled();
  await context.close();
});

test("a mentor pauses new requests and lowers their capacity; paused, they leave the suggestions", async ({ browser, playwright, baseURL }) => {
  const mentor = await student(playwright, baseURL, "MENTOR", "Uma");
  const mentee = await student(playwright, baseURL, "MENTEE", "Noor");
  const suggested = async () => ((await (await mentee.client.get("/api/matching/suggestions")).json()).suggestions as { mentor: { email: string } }[]).map((s) => s.mentor.email);
  expect(await suggested()).toContain(mentor.email);

  const { context, page } = await browserFor(browser, baseURL);
  await logIn(page, mentor.email);
  await page.goto("/mentees");
  const form = page.getByTestId("mentor-settings");
  await expect(form.getByRole("checkbox", { name: /Taking new mentees/ })).toBeChecked();
  await expect(form.getByLabel("Mentees at once")).toHaveValue("3");
  await form.getByRole("checkbox", { name: /Taking new mentees/ }).uncheck();
  await form.getByLabel("Mentees at once").selectOption("2");
  await form.getByRole("button", { name: "Save availability" }).click();
  await expect(page.getByTestId("notice")).toHaveText("Availability saved.");
  await expect(page.getByTestId("paused-notice")).toContainText("You are not taking new mentees right now");
  await expect(page.getByTestId("roster-count")).toHaveText("0 of 2 mentees");
  expect(await suggested()).not.toContain(mentor.email);
  const refused = await post(mentee.client, "/api/matching/requests", { mentor_email: mentor.email });
  expect(refused.status()).toBe(409);

  await form.getByRole("checkbox", { name: /Taking new mentees/ }).check();
  await form.getByRole("button", { name: "Save availability" }).click();
  await expect(page.getByTestId("paused-notice")).toHaveCount(0);
  expect(await suggested()).toContain(mentor.email);
  await context.close();
});
