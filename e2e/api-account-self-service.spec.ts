/** API.md "Account self-service": every row with every status it lists, against the production build. */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { waitForEmail } from "./helpers/mail";
import { PASSWORD, post, sql, verifiedAccount } from "./support/api";

const NEW_PASSWORD = "purple elephants juggle quietly";
const CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

type Playwright = Parameters<Parameters<typeof test>[2]>[0]["playwright"];

/** A new API client (its own cookie jar and User-Agent) logged in as `email`. */
async function device(playwright: Playwright, baseURL: string | undefined, email: string, userAgent = CHROME, password = PASSWORD): Promise<APIRequestContext> {
  const client = await playwright.request.newContext({ baseURL, userAgent });
  const login = await post(client, "/api/users/login", { email, password });
  expect(login.status()).toBe(200);
  return client;
}

const me = async (client: APIRequestContext) => (await client.get("/api/users/me")).status();

test.describe("POST /api/users/change-password", () => {
  test("200: the new password works, the old one does not, this session stays, every other is signed out, a note is mailed", async ({ playwright, baseURL, request }) => {
    const email = await verifiedAccount(request);
    const [laptop, phone] = [await device(playwright, baseURL, email), await device(playwright, baseURL, email, SAFARI)];
    const since = new Date();

    const response = await post(laptop, "/api/users/change-password", { current_password: PASSWORD, new_password: NEW_PASSWORD });
    expect(response.status()).toBe(200);
    expect(typeof (await response.json()).message).toBe("string");

    expect(await me(laptop)).toBe(200);
    expect(await me(phone)).toBe(401);
    expect((await post(request, "/api/users/login", { email, password: PASSWORD })).status()).toBe(401);
    expect((await post(request, "/api/users/login", { email, password: NEW_PASSWORD })).status()).toBe(200);
    const mail = await waitForEmail(email, { subject: /password was changed/i, since });
    expect(mail.text).toContain("If this was not you");
    expect(await sql(`SELECT action FROM audit_events WHERE "targetEmail" = $1 AND action = 'password.change'`, [email])).toHaveLength(1);
  });

  test("400 for missing fields, a weak new password and a wrong current password (fieldErrors.current_password)", async ({ playwright, baseURL, request }) => {
    const email = await verifiedAccount(request);
    const client = await device(playwright, baseURL, email);
    const cases: [Record<string, unknown>, string][] = [
      [{ new_password: NEW_PASSWORD }, "current_password"],
      [{ current_password: PASSWORD }, "new_password"],
      [{ current_password: PASSWORD, new_password: "short" }, "new_password"],
      [{ current_password: PASSWORD, new_password: "password123" }, "new_password"],
      [{ current_password: PASSWORD, new_password: `${email.split("@")[0]}1` }, "new_password"],
      [{ current_password: "not the password", new_password: NEW_PASSWORD }, "current_password"],
    ];
    for (const [data, field] of cases) {
      const response = await post(client, "/api/users/change-password", data);
      expect(response.status(), JSON.stringify(data)).toBe(400);
      const body = await response.json();
      expect(typeof body.error).toBe("string");
      expect(body.fieldErrors[field], JSON.stringify(data)).toBeDefined();
    }
    expect(await me(client)).toBe(200);
  });

  test("401 without a session", async ({ request }) => {
    const response = await post(request, "/api/users/change-password", { current_password: PASSWORD, new_password: NEW_PASSWORD });
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({ error: "Authentication required" });
  });

  test("429 with Retry-After after LOGIN_MAX_FAILURES_PER_ACCOUNT (5) wrong current passwords, even with the right one", async ({ playwright, baseURL, request }) => {
    const email = await verifiedAccount(request);
    const client = await device(playwright, baseURL, email);
    for (let i = 0; i < 5; i++) {
      expect((await post(client, "/api/users/change-password", { current_password: `wrong ${i}`, new_password: NEW_PASSWORD })).status()).toBe(400);
    }
    const limited = await post(client, "/api/users/change-password", { current_password: PASSWORD, new_password: NEW_PASSWORD });
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  });
});

test.describe("GET /api/users/sessions", () => {
  test("200: each signed-in device with its User-Agent, the current one marked, never a token", async ({ playwright, baseURL, request }) => {
    const email = await verifiedAccount(request);
    const laptop = await device(playwright, baseURL, email, CHROME);
    await device(playwright, baseURL, email, SAFARI);
    const response = await laptop.get("/api/users/sessions");
    expect(response.status()).toBe(200);
    const { sessions } = await response.json();
    expect(sessions).toHaveLength(2);
    expect(sessions[0]).toMatchObject({ userAgent: CHROME, current: true });
    expect(sessions[1]).toMatchObject({ userAgent: SAFARI, current: false });
    for (const session of sessions) {
      expect(Object.keys(session).sort()).toEqual(["createdAt", "current", "id", "lastSeenAt", "userAgent"]);
      expect(session.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(new Date(session.createdAt).toISOString()).toBe(session.createdAt);
      expect(new Date(session.lastSeenAt).toISOString()).toBe(session.lastSeenAt);
    }
    const tokens = await sql<{ sessionToken: string }>(`SELECT s."sessionToken" FROM sessions s JOIN users u ON u."userID" = s."userId" WHERE u.email = $1`, [email]);
    for (const { sessionToken } of tokens) expect(JSON.stringify(sessions)).not.toContain(sessionToken);
  });

  test("401 without a session", async ({ request }) => {
    expect((await request.get("/api/users/sessions")).status()).toBe(401);
  });
});

test.describe("DELETE /api/users/sessions/{id}", () => {
  test("200 with the remaining sessions; that device is signed out at once", async ({ playwright, baseURL, request }) => {
    const email = await verifiedAccount(request);
    const laptop = await device(playwright, baseURL, email, CHROME);
    const phone = await device(playwright, baseURL, email, SAFARI);
    const { sessions } = await (await laptop.get("/api/users/sessions")).json();
    const phoneId = sessions.find((s: { current: boolean }) => !s.current).id;

    const response = await laptop.delete(`/api/users/sessions/${phoneId}`);
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.sessions).toHaveLength(1);
    expect(body.sessions[0]).toMatchObject({ current: true, userAgent: CHROME });
    expect(await me(phone)).toBe(401);
    expect(await me(laptop)).toBe(200);
  });

  test("404 for a session of another user, an unknown id or a malformed one; nothing is signed out", async ({ playwright, baseURL, request }) => {
    const email = await verifiedAccount(request);
    const strangerEmail = await verifiedAccount(request);
    const client = await device(playwright, baseURL, email);
    const stranger = await device(playwright, baseURL, strangerEmail);
    const { sessions } = await (await stranger.get("/api/users/sessions")).json();
    for (const id of [sessions[0].id, "00000000-0000-0000-0000-000000000000", "not-a-session", "%27%20OR%201%3D1"]) {
      const response = await client.delete(`/api/users/sessions/${id}`);
      expect(response.status(), id).toBe(404);
      expect(typeof (await response.json()).error).toBe("string");
    }
    expect(await me(stranger)).toBe(200);
  });

  test("401 without a session, 403 from a foreign origin", async ({ playwright, baseURL, request }) => {
    expect((await request.delete("/api/users/sessions/00000000-0000-0000-0000-000000000000")).status()).toBe(401);
    const email = await verifiedAccount(request);
    const client = await device(playwright, baseURL, email);
    const { sessions } = await (await client.get("/api/users/sessions")).json();
    const foreign = await client.delete(`/api/users/sessions/${sessions[0].id}`, { headers: { origin: "https://evil.example" } });
    expect(foreign.status()).toBe(403);
    expect(await me(client)).toBe(200);
  });
});
