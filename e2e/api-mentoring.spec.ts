import { expect, test, type APIRequestContext } from "@playwright/test";
import { post, signedIn, uniqueEmail } from "./support/api";

type Account = { client: APIRequestContext; email: string };

test.describe("Mentoring API", () => {
  let mentee: Account;
  let mentor: Account;

  test.beforeEach(async ({ playwright, baseURL }) => {
    mentee = await signedIn(playwright, baseURL, "MENTEE");
    mentor = await signedIn(playwright, baseURL, "MENTOR");
    await mentee.client.put("/api/users/profile", { data: { firstName: "Mia", lastName: "Mentee", year: 1, major: ["Neuroscience"], firstgen: true } });
    // Goals too: only mentors with a complete profile are suggested (issue 11).
    await mentor.client.put("/api/users/profile", { data: { firstName: "Max", lastName: "Mentor", year: 4, major: ["Neuroscience"], firstgen: true, goals: "Happy to talk labs." } });
  });

  test.afterEach(async () => {
    await Promise.all([mentee.client.dispose(), mentor.client.dispose()]);
  });

  test("suggestions: 200 ranked with score and reasons; 403 for a mentor; 401 without a session", async ({ request }) => {
    const response = await mentee.client.get("/api/matching/suggestions");
    expect(response.status()).toBe(200);
    const { suggestions } = await response.json();
    const mine = suggestions.find((s: { mentor: { email: string } }) => s.mentor.email === mentor.email);
    expect(mine).toMatchObject({ score: 55, reasons: ["Both study Neuroscience", "Both first-generation students", "3 years further along at UCLA"] });
    expect(mine.mentor).not.toHaveProperty("password");
    for (let i = 1; i < suggestions.length; i++) expect(suggestions[i - 1].score).toBeGreaterThanOrEqual(suggestions[i].score);
    expect((await mentor.client.get("/api/matching/suggestions")).status()).toBe(403);
    expect((await request.get("/api/matching/suggestions")).status()).toBe(401);
  });

  test("request → accept → roster → chat → remove, with the statuses of each step", async ({ request, playwright, baseURL }) => {
    // Send: 400, 404, 403, 201, 409.
    expect((await post(mentee.client, "/api/matching/requests", {})).status()).toBe(400);
    expect((await post(mentee.client, "/api/matching/requests", { mentor_email: uniqueEmail() })).status()).toBe(404);
    expect((await post(mentor.client, "/api/matching/requests", { mentor_email: mentor.email })).status()).toBe(403);
    expect((await post(request, "/api/matching/requests", { mentor_email: mentor.email })).status()).toBe(401);
    const sent = await post(mentee.client, "/api/matching/requests", { mentor_email: mentor.email, message: "Could you help me pick research labs?" });
    expect(sent.status()).toBe(201);
    const created = (await sent.json()).request;
    expect(created).toMatchObject({ status: "PENDING", message: "Could you help me pick research labs?", reason: "", mentee: { email: mentee.email }, mentor: { email: mentor.email } });
    expect(Date.parse(created.createdAt)).not.toBeNaN();
    expect((await post(mentee.client, "/api/matching/requests", { mentor_email: mentor.email })).status()).toBe(409);

    // Lists: incoming for the mentor, outgoing for the mentee.
    expect((await (await mentor.client.get("/api/matching/requests")).json()).requests.map((r: { id: string }) => r.id)).toEqual([created.id]);
    expect((await (await mentee.client.get("/api/matching/requests")).json()).requests[0].id).toBe(created.id);
    expect((await request.get("/api/matching/requests")).status()).toBe(401);

    // Accept: 403 for another mentor, 200, then 409 (no longer pending).
    const stranger = await signedIn(playwright, baseURL, "MENTOR");
    expect((await post(stranger.client, `/api/matching/requests/${created.id}/accept`)).status()).toBe(403);
    expect((await post(request, `/api/matching/requests/${created.id}/accept`)).status()).toBe(401);
    const accepted = await post(mentor.client, `/api/matching/requests/${created.id}/accept`);
    expect(accepted.status()).toBe(200);
    const body = await accepted.json();
    expect(body.request.status).toBe("ACCEPTED");
    expect(body.roster.map((u: { email: string }) => u.email)).toEqual([mentee.email]);
    expect((await post(mentor.client, `/api/matching/requests/${created.id}/accept`)).status()).toBe(409);
    expect(await (await mentee.client.get("/api/users/me")).json()).toMatchObject({ isMatched: true, matchedMentorEmail: mentor.email });
    expect((await post(mentee.client, "/api/matching/requests", { mentor_email: stranger.email })).status()).toBe(409); // already matched

    // Roster: 200 for the mentor, 403 for a mentee, 401.
    const roster = await mentor.client.get("/api/users/roster");
    expect(await roster.json()).toMatchObject({ capacity: 3, mentees: [{ email: mentee.email, isMatched: true }] });
    expect((await mentee.client.get("/api/users/roster")).status()).toBe(403);
    expect((await request.get("/api/users/roster")).status()).toBe(401);

    // Chat: 201/200 for the pair, 400 for an empty body, 403 for others, 401.
    const hello = await post(mentee.client, `/api/chat/${encodeURIComponent(mentor.email)}`, { body: "Hi Max!" });
    expect(hello.status()).toBe(201);
    expect((await hello.json()).message).toMatchObject({ from: mentee.email, body: "Hi Max!" });
    expect((await post(mentor.client, `/api/chat/${encodeURIComponent(mentee.email)}`, { body: "Welcome, Mia." })).status()).toBe(201);
    const chat = await (await mentor.client.get(`/api/chat/${encodeURIComponent(mentee.email)}`)).json();
    expect(chat.messages.map((m: { from: string; body: string }) => [m.from, m.body])).toEqual([[mentee.email, "Hi Max!"], [mentor.email, "Welcome, Mia."]]);
    const newer = await (await mentee.client.get(`/api/chat/${encodeURIComponent(mentor.email)}?after=${encodeURIComponent(chat.messages[0].createdAt)}`)).json();
    expect(newer.messages.map((m: { body: string }) => m.body)).toEqual(["Welcome, Mia."]);
    expect((await post(mentee.client, `/api/chat/${encodeURIComponent(mentor.email)}`, { body: "" })).status()).toBe(400);
    expect((await post(mentee.client, `/api/chat/${encodeURIComponent(mentor.email)}`, { body: "x".repeat(2001) })).status()).toBe(400);
    expect((await stranger.client.get(`/api/chat/${encodeURIComponent(mentee.email)}`)).status()).toBe(403);
    expect((await post(stranger.client, `/api/chat/${encodeURIComponent(mentee.email)}`, { body: "hi" })).status()).toBe(403);
    expect((await request.get(`/api/chat/${encodeURIComponent(mentee.email)}`)).status()).toBe(401);

    // Remove: 403 for a mentee, 404 not on the roster, 200, then the chat is gone.
    expect((await mentee.client.delete(`/api/users/roster/${encodeURIComponent(mentee.email)}`)).status()).toBe(403);
    expect((await stranger.client.delete(`/api/users/roster/${encodeURIComponent(mentee.email)}`)).status()).toBe(404);
    expect((await request.delete(`/api/users/roster/${encodeURIComponent(mentee.email)}`)).status()).toBe(401);
    const removed = await mentor.client.delete(`/api/users/roster/${encodeURIComponent(mentee.email)}`);
    expect(removed.status()).toBe(200);
    expect(await removed.json()).toEqual({ mentees: [] });
    expect((await mentee.client.get(`/api/chat/${encodeURIComponent(mentor.email)}`)).status()).toBe(403);
    await stranger.client.dispose();
  });

  test("decline: 200 with the reason the mentee sees; 403 for others; 401", async ({ request, playwright, baseURL }) => {
    const { request: created } = await (await post(mentee.client, "/api/matching/requests", { mentor_email: mentor.email })).json();
    const stranger = await signedIn(playwright, baseURL, "MENTOR");
    expect((await post(stranger.client, `/api/matching/requests/${created.id}/decline`, { reason: "x" })).status()).toBe(403);
    expect((await post(request, `/api/matching/requests/${created.id}/decline`)).status()).toBe(401);
    const declined = await post(mentor.client, `/api/matching/requests/${created.id}/decline`, { reason: "I'm studying abroad this quarter." });
    expect(declined.status()).toBe(200);
    expect((await declined.json()).request).toMatchObject({ status: "DECLINED", reason: "I'm studying abroad this quarter." });
    expect((await (await mentee.client.get("/api/matching/requests")).json()).requests[0]).toMatchObject({ status: "DECLINED", reason: "I'm studying abroad this quarter." });
    // An empty POST declines without a reason.
    const other = await signedIn(playwright, baseURL, "MENTEE");
    const { request: second } = await (await post(other.client, "/api/matching/requests", { mentor_email: mentor.email })).json();
    expect((await mentor.client.post(`/api/matching/requests/${second.id}/decline`)).status()).toBe(200);
    await Promise.all([stranger.client.dispose(), other.client.dispose()]);
  });

  test("a full roster: accept answers 409 and requests are refused", async ({ playwright, baseURL }) => {
    const requests: string[] = [];
    const extra: Account[] = [];
    for (let i = 0; i < 4; i++) {
      const account = await signedIn(playwright, baseURL, "MENTEE");
      extra.push(account);
      requests.push((await (await post(account.client, "/api/matching/requests", { mentor_email: mentor.email })).json()).request.id);
    }
    for (const id of requests.slice(0, 3)) expect((await post(mentor.client, `/api/matching/requests/${id}/accept`)).status()).toBe(200);
    const full = await post(mentor.client, `/api/matching/requests/${requests[3]}/accept`);
    expect(full.status()).toBe(409);
    expect(await full.json()).toEqual({ error: "Your roster is full" });
    expect((await post(mentee.client, "/api/matching/requests", { mentor_email: mentor.email })).status()).toBe(409);
    expect((await (await mentee.client.get("/api/matching/suggestions")).json()).suggestions.map((s: { mentor: { email: string } }) => s.mentor.email)).not.toContain(mentor.email);
    await Promise.all(extra.map((a) => a.client.dispose()));
  });

  test("blacklist: 200 idempotent list; the mentor vanishes from suggestions and cannot be requested; 400/403/404/401", async ({ request }) => {
    const first = await post(mentee.client, "/api/users/blacklist", { mentor_email: mentor.email });
    expect(first.status()).toBe(200);
    expect(await first.json()).toEqual({ blacklisted_mentors: [mentor.email] });
    expect(await (await post(mentee.client, "/api/users/blacklist", { mentor_email: mentor.email.toUpperCase() })).json()).toEqual({ blacklisted_mentors: [mentor.email] });
    const { suggestions } = await (await mentee.client.get("/api/matching/suggestions")).json();
    expect(suggestions.map((s: { mentor: { email: string } }) => s.mentor.email)).not.toContain(mentor.email);
    expect((await post(mentee.client, "/api/matching/requests", { mentor_email: mentor.email })).status()).toBe(409);
    expect((await post(mentee.client, "/api/users/blacklist", {})).status()).toBe(400);
    expect((await post(mentee.client, "/api/users/blacklist", { mentor_email: uniqueEmail() })).status()).toBe(404);
    expect((await post(mentor.client, "/api/users/blacklist", { mentor_email: mentor.email })).status()).toBe(403);
    expect((await post(request, "/api/users/blacklist", { mentor_email: mentor.email })).status()).toBe(401);
  });
});
