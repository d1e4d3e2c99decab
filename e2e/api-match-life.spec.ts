/**
 * The JSON API's answers for the life of a match (issue 11): request statuses ENDED and CLOSED, the
 * 409 of a cooling-off after a decline (with the date), the 409 of a paused mentor, and the roster's
 * `capacity` as the mentor's own. Mentor settings have no JSON API; the spec sets them in the
 * database as the /mentees form would.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { post, signedIn, sql } from "./support/api";

type Account = { client: APIRequestContext; email: string };

const complete = (firstName: string, year: number) => ({ firstName, lastName: "Tester", year, major: ["Geography"], goals: "Glad to help you find your way." });

test.describe("Life of a match API", () => {
  let mentee: Account;
  let mentor: Account;

  test.beforeEach(async ({ playwright, baseURL }) => {
    mentee = await signedIn(playwright, baseURL, "MENTEE");
    mentor = await signedIn(playwright, baseURL, "MENTOR");
    await mentee.client.put("/api/users/profile", { data: complete("Mia", 1) });
    await mentor.client.put("/api/users/profile", { data: complete("Max", 3) });
  });

  test.afterEach(async () => {
    await Promise.all([mentee.client.dispose(), mentor.client.dispose()]);
  });

  const ask = (who: Account, mentorEmail: string) => post(who.client, "/api/matching/requests", { mentor_email: mentorEmail });
  const statuses = async (who: Account) =>
    Object.fromEntries(((await (await who.client.get("/api/matching/requests")).json()).requests as { mentor: { email: string }; status: string }[]).map((r) => [r.mentor.email, r.status]));

  test("cooling-off: after a decline, 409 naming the date and retry_after until DECLINE_COOLING_OFF_DAYS have passed; then 201", async () => {
    const { request } = await (await ask(mentee, mentor.email)).json();
    expect((await post(mentor.client, `/api/matching/requests/${request.id}/decline`, { reason: "Full this term" })).status()).toBe(200);

    const refused = await ask(mentee, mentor.email);
    expect(refused.status()).toBe(409);
    const body = await refused.json();
    const [row] = await sql<{ decidedAt: Date }>(`SELECT "decidedAt" FROM "mentorship_requests" WHERE "id" = $1`, [request.id]);
    const until = new Date(row!.decidedAt.getTime() + 30 * 86_400_000);
    expect(body.retry_after).toBe(until.toISOString());
    const shown = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "America/Los_Angeles" }).format(until);
    expect(body.error).toContain(`This mentor declined your request recently. You can ask them again from ${shown}`);

    // One second inside the window: still 409. Exactly 30 days after the decline: allowed.
    await sql(`UPDATE "mentorship_requests" SET "decidedAt" = now() - interval '30 days' + interval '5 seconds' WHERE "id" = $1`, [request.id]);
    expect((await ask(mentee, mentor.email)).status()).toBe(409);
    await sql(`UPDATE "mentorship_requests" SET "decidedAt" = now() - interval '30 days' WHERE "id" = $1`, [request.id]);
    const again = await ask(mentee, mentor.email);
    expect(again.status()).toBe(201);
    expect((await again.json()).request.status).toBe("PENDING");
  });

  test("a paused mentor: 409 for new requests and gone from suggestions; back when they take mentees again", async () => {
    await sql(`UPDATE "users" SET "acceptingMentees" = false WHERE "email" = $1`, [mentor.email]);
    const refused = await ask(mentee, mentor.email);
    expect(refused.status()).toBe(409);
    expect(await refused.json()).toEqual({ error: "This mentor is not taking new mentees right now" });
    const suggested = async () => ((await (await mentee.client.get("/api/matching/suggestions")).json()).suggestions as { mentor: { email: string } }[]).map((s) => s.mentor.email);
    expect(await suggested()).not.toContain(mentor.email);
    await sql(`UPDATE "users" SET "acceptingMentees" = true WHERE "email" = $1`, [mentor.email]);
    expect(await suggested()).toContain(mentor.email);
    expect((await ask(mentee, mentor.email)).status()).toBe(201);
  });

  test("the roster's capacity is the mentor's own; full at it: 409", async ({ playwright, baseURL }) => {
    expect((await (await mentor.client.get("/api/users/roster")).json()).capacity).toBe(3);
    await sql(`UPDATE "users" SET "menteeCapacity" = 1 WHERE "email" = $1`, [mentor.email]);
    expect((await (await mentor.client.get("/api/users/roster")).json()).capacity).toBe(1);
    const { request } = await (await ask(mentee, mentor.email)).json();
    expect((await post(mentor.client, `/api/matching/requests/${request.id}/accept`)).status()).toBe(200);
    const other = await signedIn(playwright, baseURL, "MENTEE");
    const full = await ask(other, mentor.email);
    expect(full.status()).toBe(409);
    expect(await full.json()).toEqual({ error: "This mentor's roster is full" });
    await other.client.dispose();
  });

  test("statuses: an accept CLOSES the mentee's other pending requests; a removal makes the accepted one ENDED and the chat answers 403", async ({ playwright, baseURL }) => {
    const second = await signedIn(playwright, baseURL, "MENTOR");
    await second.client.put("/api/users/profile", { data: complete("Ana", 4) });
    const { request } = await (await ask(mentee, mentor.email)).json();
    expect((await ask(mentee, second.email)).status()).toBe(201);
    expect((await post(mentor.client, `/api/matching/requests/${request.id}/accept`)).status()).toBe(200);
    expect(await statuses(mentee)).toEqual({ [mentor.email]: "ACCEPTED", [second.email]: "CLOSED" });
    expect((await (await second.client.get("/api/matching/requests")).json()).requests[0].status).toBe("CLOSED");

    expect((await post(mentee.client, `/api/chat/${encodeURIComponent(mentor.email)}`, { body: "Hi!" })).status()).toBe(201);
    expect((await mentor.client.delete(`/api/users/roster/${encodeURIComponent(mentee.email)}`)).status()).toBe(200);
    expect(await statuses(mentee)).toEqual({ [mentor.email]: "ENDED", [second.email]: "CLOSED" });
    expect((await (await mentor.client.get("/api/matching/requests")).json()).requests[0].status).toBe("ENDED");
    expect((await mentee.client.get(`/api/chat/${encodeURIComponent(mentor.email)}`)).status()).toBe(403);
    expect((await post(mentee.client, `/api/chat/${encodeURIComponent(mentor.email)}`, { body: "Still there?" })).status()).toBe(403);
    await second.client.dispose();
  });
});
