import { expect, test } from "@playwright/test";
import { PASSWORD, countMailsTo, mailedToken, post, sql, uniqueEmail, uniqueIp, verifiedAccount } from "./support/api";

test.describe("POST /api/users/register", () => {
  test("201 with the new account's identifiers", async ({ request }) => {
    const email = uniqueEmail();
    const response = await post(request, "/api/users/register", { email: `  ${email.toUpperCase()}`, password: PASSWORD, role: "MENTOR" });
    expect(response.status()).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({ email, role: "MENTOR", note: "You must verify your email before logging in." });
    expect(body.message).toMatch(/check your email/);
    expect(body.userID).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(body)).not.toContain(PASSWORD);
  });

  test("400 with field errors for missing fields, foreign domains, weak passwords and ADMIN", async ({ request }) => {
    const cases: [Record<string, unknown>, string][] = [
      [{ password: PASSWORD }, "email"],
      [{ email: uniqueEmail() }, "password"],
      [{ email: "x@ucla.edu.evil.com", password: PASSWORD }, "email"],
      [{ email: uniqueEmail(), password: "short" }, "password"],
      [{ email: uniqueEmail(), password: "password123" }, "password"],
      [{ email: uniqueEmail(), password: PASSWORD, role: "ADMIN" }, "role"],
    ];
    for (const [data, field] of cases) {
      const response = await post(request, "/api/users/register", data);
      expect(response.status(), JSON.stringify(data)).toBe(400);
      const body = await response.json();
      expect(typeof body.error).toBe("string");
      expect(body.fieldErrors[field]).toBeDefined();
    }
  });

  test("409 for a taken email", async ({ request }) => {
    const email = uniqueEmail();
    expect((await post(request, "/api/users/register", { email, password: PASSWORD })).status()).toBe(201);
    const again = await post(request, "/api/users/register", { email, password: PASSWORD });
    expect(again.status()).toBe(409);
    expect(await again.json()).toEqual({ error: "An account with this email already exists" });
  });

  test("409 while a deleted account is in its grace period; 201 after it", async ({ request }) => {
    const email = await verifiedAccount(request);
    await sql(`UPDATE users SET "isDeleted" = true, "permanentDeletionDate" = now() + interval '1 hour' WHERE email = $1`, [email]);
    expect((await post(request, "/api/users/register", { email, password: PASSWORD })).status()).toBe(409);
    await sql(`UPDATE users SET "permanentDeletionDate" = now() - interval '1 second' WHERE email = $1`, [email]);
    expect((await post(request, "/api/users/register", { email, password: PASSWORD })).status()).toBe(201);
  });

  test("415 without a JSON content type, 400 for invalid JSON, 403 from a foreign origin", async ({ request }) => {
    const form = await request.post("/api/users/register", { form: { email: uniqueEmail(), password: PASSWORD } });
    expect(form.status()).toBe(415);
    const broken = await request.post("/api/users/register", { headers: { "content-type": "application/json" }, data: Buffer.from("{not json") });
    expect(broken.status()).toBe(400);
    expect(await broken.json()).toEqual({ error: "Invalid JSON" });
    const array = await request.post("/api/users/register", { headers: { "content-type": "application/json" }, data: Buffer.from("[1,2]") });
    expect(array.status()).toBe(400);
    const email = uniqueEmail();
    const foreign = await post(request, "/api/users/register", { email, password: PASSWORD }, { origin: "https://evil.example" });
    expect(foreign.status()).toBe(403);
    expect(await sql("SELECT 1 FROM users WHERE email = $1", [email])).toHaveLength(0);
  });

  test("429 with Retry-After past REQUESTS_MAX_PER_IP (100 on the e2e server), whatever X-Forwarded-For the client writes", async ({ request }) => {
    // The e2e server trusts one proxy hop (TRUSTED_PROXY_HOPS=1): this spec plays that proxy and
    // appends the address it "saw" (ip); the entries before it are the client's own, and a new
    // one on every request must not buy a new bucket.
    const ip = uniqueIp();
    const spoofed = () => ({ "x-forwarded-for": `${uniqueIp()}, ${ip}` });
    let last = 0;
    for (let i = 0; i < 101; i++) {
      last = (await post(request, "/api/users/password-reset", { email: uniqueEmail() }, spoofed())).status();
      if (i < 100) expect(last).toBe(200);
    }
    const limited = await post(request, "/api/users/register", { email: uniqueEmail(), password: PASSWORD }, spoofed());
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  });
});

test.describe("verification links", () => {
  test("GET /api/users/verify-email/{token}: 200, then 200 'already verified', 400 for a bad token", async ({ request }) => {
    const email = uniqueEmail();
    await post(request, "/api/users/register", { email, password: PASSWORD });
    const token = await mailedToken(email, "verify");
    const first = await request.get(`/api/users/verify-email/${token}`);
    expect(first.status()).toBe(200);
    expect(await first.json()).toEqual({ message: "Email verified successfully. You can now log in.", email });
    const second = await request.get(`/api/users/verify-email/${token}`);
    expect(await second.json()).toEqual({ message: "Email already verified", email });
    const bad = await request.get(`/api/users/verify-email/${"A".repeat(43)}`);
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toMatch(/invalid or has expired/);
  });

  test("POST /api/users/resend-verification answers the same for every address; 400 without one", async ({ request }) => {
    const unverified = uniqueEmail();
    await post(request, "/api/users/register", { email: unverified, password: PASSWORD });
    const verified = await verifiedAccount(request);
    const bodies = new Set<string>();
    for (const email of [unverified, verified, uniqueEmail()]) {
      const response = await post(request, "/api/users/resend-verification", { email });
      expect(response.status()).toBe(200);
      bodies.add(await response.text());
    }
    expect(bodies.size).toBe(1);
    await expect.poll(() => countMailsTo(unverified)).toBe(2);
    expect((await post(request, "/api/users/resend-verification", {})).status()).toBe(400);
  });
});

test.describe("login, me and logout", () => {
  test("login sets the session cookie; /me answers; logout revokes it so a replayed cookie is refused", async ({ playwright, baseURL }) => {
    const setup = await playwright.request.newContext({ baseURL });
    const email = await verifiedAccount(setup);
    const client = await playwright.request.newContext({ baseURL });

    expect((await client.get("/api/users/me")).status()).toBe(401);
    expect(await (await client.get("/api/users/me")).json()).toEqual({ error: "Authentication required" });

    const login = await post(client, "/api/users/login", { email, password: PASSWORD });
    expect(login.status()).toBe(200);
    const body = await login.json();
    expect(body).toMatchObject({ message: "Login successful", profile_complete: false, email, role: "MENTEE", isMatched: false, major: [] });
    expect(Object.keys(body)).not.toEqual(expect.arrayContaining(["password"]));
    expect(JSON.stringify(body)).not.toMatch(/password|token/i);
    const cookie = (await client.storageState()).cookies.find((c) => c.name.endsWith("authjs.session-token"));
    expect(cookie?.httpOnly).toBe(true);

    const me = await client.get("/api/users/me");
    expect(me.status()).toBe(200);
    expect(await me.json()).toMatchObject({ email, profile_complete: false, userID: body.userID });

    expect((await post(client, "/api/users/logout")).status()).toBe(200);
    expect((await client.get("/api/users/me")).status()).toBe(401);

    const replay = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `${cookie?.name}=${cookie?.value}` } });
    expect((await replay.get("/api/users/me")).status()).toBe(401);
    await Promise.all([setup.dispose(), client.dispose(), replay.dispose()]);
  });

  test("logout answers 200 without a session", async ({ request }) => {
    const response = await post(request, "/api/users/logout");
    expect(response.status()).toBe(200);
    expect((await response.json()).message).toBeTruthy();
  });

  test("400 missing field; 401 same body for unknown email and wrong password; 403 unverified; 404 deleted", async ({ request }) => {
    expect((await post(request, "/api/users/login", { email: uniqueEmail() })).status()).toBe(400);

    const email = await verifiedAccount(request);
    const unknown = await post(request, "/api/users/login", { email: uniqueEmail(), password: PASSWORD });
    const wrong = await post(request, "/api/users/login", { email, password: "not the password" });
    expect([unknown.status(), wrong.status()]).toEqual([401, 401]);
    expect(await unknown.json()).toEqual(await wrong.json());

    const unverified = uniqueEmail();
    await post(request, "/api/users/register", { email: unverified, password: PASSWORD });
    expect((await post(request, "/api/users/login", { email: unverified, password: "not the password" })).status()).toBe(401);
    expect((await post(request, "/api/users/login", { email: unverified, password: PASSWORD })).status()).toBe(403);

    await sql(`UPDATE users SET "isDeleted" = true, "permanentDeletionDate" = now() - interval '1 second' WHERE email = $1`, [email]);
    const deleted = await post(request, "/api/users/login", { email, password: PASSWORD });
    expect(deleted.status()).toBe(404);
    expect((await deleted.json()).error).toMatch(/deleted/);
  });

  test("429 with Retry-After after 5 failures on one account, other accounts unaffected", async ({ request }) => {
    const target = await verifiedAccount(request);
    const other = await verifiedAccount(request);
    for (let i = 0; i < 5; i++) expect((await post(request, "/api/users/login", { email: target, password: `wrong-${i}-password` })).status()).toBe(401);
    const locked = await post(request, "/api/users/login", { email: target, password: PASSWORD });
    expect(locked.status()).toBe(429);
    expect(Number(locked.headers()["retry-after"])).toBeGreaterThan(0);
    expect((await post(request, "/api/users/login", { email: other, password: PASSWORD })).status()).toBe(200);
  });
});

test.describe("password reset", () => {
  test("request answers the same for any address; the link resets once; old sessions end", async ({ playwright, baseURL, request }) => {
    const email = await verifiedAccount(request);
    const session = await playwright.request.newContext({ baseURL });
    expect((await post(session, "/api/users/login", { email, password: PASSWORD })).status()).toBe(200);

    const known = await post(request, "/api/users/password-reset", { email });
    const unknown = await post(request, "/api/users/password-reset", { email: uniqueEmail() });
    expect([known.status(), unknown.status()]).toEqual([200, 200]);
    expect(await known.text()).toBe(await unknown.text());
    expect((await post(request, "/api/users/password-reset", {})).status()).toBe(400);

    const token = await mailedToken(email, "reset");
    const weak = await post(request, `/api/users/reset-password/${token}`, { new_password: "short" });
    expect(weak.status()).toBe(400);
    expect((await weak.json()).fieldErrors.new_password).toBeDefined();
    expect((await post(request, `/api/users/reset-password/${token}`, {})).status()).toBe(400);

    const done = await post(request, `/api/users/reset-password/${token}`, { new_password: "a brand new passphrase" });
    expect(done.status()).toBe(200);
    expect(await done.json()).toEqual({ message: "Password reset successfully. You can now log in." });
    expect((await session.get("/api/users/me")).status()).toBe(401);

    const reused = await post(request, `/api/users/reset-password/${token}`, { new_password: "another new passphrase" });
    expect(reused.status()).toBe(400);
    expect((await post(request, "/api/users/login", { email, password: "a brand new passphrase" })).status()).toBe(200);
    await session.dispose();
  });
});
