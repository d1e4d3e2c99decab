/** Every Notifications row of API.md with each status it lists, against the production build (issue 11). */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { post, signedIn, sql, uniqueIp } from "./support/api";
import { pathOf, unsubscribeLink, waitForNotificationEmail } from "./support/notifications";

type Account = { client: APIRequestContext; email: string };

const ALL_ON = {
  REQUEST_RECEIVED: true,
  REQUEST_ACCEPTED: true,
  REQUEST_DECLINED: true,
  MATCH_ENDED: true,
  NEW_MESSAGE: true,
  MATCHED_BY_PROGRAM: true,
  PASSWORD_CHANGED: true,
  DELETION_SCHEDULED: true,
};

const put = (client: APIRequestContext, url: string, data: unknown) => client.put(url, { data, headers: { "x-forwarded-for": uniqueIp() } });

test.describe("Notifications API", () => {
  let mentor: Account;
  let mentee: Account;

  test.beforeEach(async ({ playwright, baseURL }) => {
    mentor = await signedIn(playwright, baseURL, "MENTOR");
    mentee = await signedIn(playwright, baseURL, "MENTEE");
    await mentor.client.put("/api/users/profile", { data: { firstName: "Ari", lastName: "Mentor", year: 4, major: ["History"], goals: "Help." } });
    await mentee.client.put("/api/users/profile", { data: { firstName: "Bo", lastName: "Mentee", year: 1, major: ["History"] } });
  });

  test.afterEach(async () => {
    await Promise.all([mentor.client.dispose(), mentee.client.dispose()]);
  });

  test("GET /api/notifications: 200 newest first with the unread count; 401 without a session", async ({ request }) => {
    expect(await (await mentor.client.get("/api/notifications")).json()).toEqual({ notifications: [], unread: 0 });
    expect((await post(mentee.client, "/api/matching/requests", { mentor_email: mentor.email })).status()).toBe(201);
    const other = await sql<{ id: string }>(`SELECT "userID"::text AS id FROM users WHERE email = $1`, [mentor.email]);
    await sql(`INSERT INTO notifications (id, "userId", kind, title, body, link, "createdAt") VALUES (gen_random_uuid(), $1, 'MATCH_ENDED', 'Older', 'x', '/mentees', now() - interval '1 day')`, [other[0]!.id]);
    const response = await mentor.client.get("/api/notifications");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.unread).toBe(2);
    expect(body.notifications).toHaveLength(2);
    expect(body.notifications[0]).toEqual({
      id: expect.any(String),
      kind: "REQUEST_RECEIVED",
      title: "Bo Mentee sent you a mentoring request",
      body: expect.any(String),
      link: "/mentees",
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      readAt: null,
    });
    expect(body.notifications[1].title).toBe("Older");
    expect((await request.get("/api/notifications")).status()).toBe(401);
  });

  test("POST /api/notifications/read: 200 unread after some or all; 400 bad ids; 401; 415; 403 cross-site", async ({ request }) => {
    for (let i = 0; i < 3; i++) {
      await sql(`INSERT INTO notifications (id, "userId", kind, title, body, link) SELECT gen_random_uuid(), "userID", 'MATCH_ENDED', $2, 'x', '/mentees' FROM users WHERE email = $1`, [mentor.email, `n${i}`]);
    }
    const { notifications } = await (await mentor.client.get("/api/notifications")).json();
    const ids = notifications.map((n: { id: string }) => n.id);

    const some = await post(mentor.client, "/api/notifications/read", { ids: [ids[0]] });
    expect(some.status()).toBe(200);
    expect(await some.json()).toEqual({ unread: 2 });
    const after = (await (await mentor.client.get("/api/notifications")).json()).notifications;
    expect(after.find((n: { id: string }) => n.id === ids[0]).readAt).toEqual(expect.any(String));
    // Someone else's ids change nothing of theirs.
    expect(await (await post(mentee.client, "/api/notifications/read", { ids: [ids[1]] })).json()).toEqual({ unread: 0 });
    expect((await (await mentor.client.get("/api/notifications")).json()).unread).toBe(2);

    for (const bad of [{ ids: "all" }, { ids: ["not-a-uuid"] }, { ids: [42] }, { ids: Array.from({ length: 501 }, () => ids[0]) }, { ids: ["a\u0000"] }]) {
      const response = await post(mentor.client, "/api/notifications/read", bad);
      expect(response.status(), JSON.stringify(bad).slice(0, 40)).toBe(400);
      expect((await response.json()).error).toEqual(expect.any(String));
    }
    const invalidJson = await mentor.client.post("/api/notifications/read", { data: "{", headers: { "content-type": "application/json" } });
    expect(invalidJson.status()).toBe(400);
    expect((await mentor.client.post("/api/notifications/read", { data: "ids=1", headers: { "content-type": "application/x-www-form-urlencoded" } })).status()).toBe(415);
    expect((await post(mentor.client, "/api/notifications/read", {}, { origin: "https://evil.example" })).status()).toBe(403);
    expect((await post(request, "/api/notifications/read", {})).status()).toBe(401);

    const all = await post(mentor.client, "/api/notifications/read", {});
    expect(await all.json()).toEqual({ unread: 0 });
  });

  test("GET/PUT /api/users/notification-settings: 200 every kind; subsets; 400 unknown or security off; 401", async ({ request }) => {
    expect(await (await mentee.client.get("/api/users/notification-settings")).json()).toEqual({ email: ALL_ON });
    const off = await put(mentee.client, "/api/users/notification-settings", { email: { NEW_MESSAGE: false, MATCH_ENDED: false } });
    expect(off.status()).toBe(200);
    expect(await off.json()).toEqual({ email: { ...ALL_ON, NEW_MESSAGE: false, MATCH_ENDED: false } });
    const back = await put(mentee.client, "/api/users/notification-settings", { email: { MATCH_ENDED: true, PASSWORD_CHANGED: true } });
    expect(await back.json()).toEqual({ email: { ...ALL_ON, NEW_MESSAGE: false } });
    expect(await (await mentee.client.get("/api/users/notification-settings")).json()).toEqual({ email: { ...ALL_ON, NEW_MESSAGE: false } });

    for (const bad of [{ email: { NOT_A_KIND: false } }, { email: { PASSWORD_CHANGED: false } }, { email: { DELETION_SCHEDULED: false } }, { email: { NEW_MESSAGE: "no" } }, { email: [] }, {}]) {
      const response = await put(mentee.client, "/api/users/notification-settings", bad);
      expect(response.status(), JSON.stringify(bad)).toBe(400);
      expect((await response.json()).error).toEqual(expect.any(String));
    }
    expect((await (await put(mentee.client, "/api/users/notification-settings", { email: { PASSWORD_CHANGED: false } })).json()).error).toBe("Security emails cannot be turned off");
    expect((await (await put(mentee.client, "/api/users/notification-settings", { email: { NOT_A_KIND: true } })).json()).error).toMatch(/Unknown notification kind: NOT_A_KIND/);
    expect(await (await mentee.client.get("/api/users/notification-settings")).json()).toEqual({ email: { ...ALL_ON, NEW_MESSAGE: false } });
    expect((await request.get("/api/users/notification-settings")).status()).toBe(401);
    expect((await put(request, "/api/users/notification-settings", { email: {} })).status()).toBe(401);
  });

  test("POST /api/notifications/unsubscribe (List-Unsubscribe one-click): 200 with a signed token, no session; 400 tampered; GET goes to the page", async ({ request }) => {
    expect((await post(mentee.client, "/api/matching/requests", { mentor_email: mentor.email })).status()).toBe(201);
    const email = await waitForNotificationEmail(mentor.email, /sent you a mentoring request$/);
    const target = email.headers?.["List-Unsubscribe"]?.slice(1, -1);
    expect(target).toMatch(/\/api\/notifications\/unsubscribe\?token=/);
    expect(unsubscribeLink(email)).toMatch(/\/unsubscribe\?token=/);

    const tampered = await request.post(pathOf(target!).replace(/.$/, (c) => (c === "A" ? "B" : "A")), { form: { "List-Unsubscribe": "One-Click" } });
    expect(tampered.status()).toBe(400);
    expect((await request.post("/api/notifications/unsubscribe", { form: { "List-Unsubscribe": "One-Click" } })).status()).toBe(400);

    const ok = await request.post(pathOf(target!), { form: { "List-Unsubscribe": "One-Click" }, headers: { origin: "https://mail.example" } });
    expect(ok.status()).toBe(200);
    expect(await ok.json()).toMatchObject({ kind: "REQUEST_RECEIVED" });
    expect((await (await mentor.client.get("/api/users/notification-settings")).json()).email.REQUEST_RECEIVED).toBe(false);

    const opened = await request.get(pathOf(target!), { maxRedirects: 0 });
    expect(opened.status()).toBe(303);
    expect(new URL(opened.headers().location!).pathname).toBe("/unsubscribe");
  });
});
