/**
 * The Admin section of API.md, every row with every status it lists, against the production build:
 * 401 without a session, 403 for anyone but an ADMIN, then each endpoint's own answers.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { PASSWORD, post, signedIn, sql, uniqueEmail } from "./support/api";

type Account = { client: APIRequestContext; email: string; id: string };

async function idOf(email: string): Promise<string> {
  const [row] = await sql<{ id: string }>(`SELECT "userID"::text AS id FROM users WHERE email = $1`, [email]);
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}

/** A signed-in account; an admin is made with SQL (as `npm run create-admin` would) before logging in. */
async function account(playwright: Parameters<typeof signedIn>[0], baseURL: string | undefined, kind: "MENTEE" | "MENTOR" | "ADMIN" | "SUPERUSER"): Promise<Account> {
  const { client, email } = await signedIn(playwright, baseURL, kind === "MENTOR" ? "MENTOR" : "MENTEE");
  if (kind === "ADMIN" || kind === "SUPERUSER") {
    await sql(`UPDATE users SET role = 'ADMIN', "isStaff" = true, "isSuperuser" = $2 WHERE email = $1`, [email, kind === "SUPERUSER"]);
  }
  return { client, email, id: await idOf(email) };
}

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

test.describe("Admin API", () => {
  let admin: Account;
  let student: Account;
  let mentor: Account;

  test.beforeEach(async ({ playwright, baseURL }) => {
    admin = await account(playwright, baseURL, "ADMIN");
    student = await account(playwright, baseURL, "MENTEE");
    mentor = await account(playwright, baseURL, "MENTOR");
  });

  test.afterEach(async () => {
    await Promise.all([admin.client.dispose(), student.client.dispose(), mentor.client.dispose()]);
  });

  test("every admin endpoint: 401 without a session, 403 for a mentee and a mentor", async ({ request }) => {
    const id = student.id;
    const calls: [string, string, unknown?][] = [
      ["GET", "/api/admin/users"],
      ["GET", `/api/admin/users/${id}`],
      ["POST", `/api/admin/users/${id}/verify`],
      ["POST", `/api/admin/users/${id}/deactivate`, { reason: "x" }],
      ["POST", `/api/admin/users/${id}/activate`],
      ["POST", `/api/admin/users/${id}/restore`],
      ["POST", `/api/admin/users/${id}/end-match`, { reason: "x" }],
      ["POST", `/api/admin/users/${id}/role`, { admin: true }],
      ["GET", "/api/admin/audit"],
      ["GET", "/api/admin/stats"],
      ["GET", "/api/admin/export/users.csv"],
      ["GET", "/api/admin/export/matches.csv"],
    ];
    for (const [method, url, body] of calls) {
      const send = (client: APIRequestContext) => (method === "GET" ? client.get(url) : post(client, url, body));
      const anonymous = await send(request);
      expect([url, anonymous.status(), await anonymous.json()]).toEqual([url, 401, { error: "Authentication required" }]);
      for (const client of [student.client, mentor.client]) {
        const refused = await send(client);
        expect([url, refused.status()]).toEqual([url, 403]);
        expect(refused.headers()["content-type"]).toMatch(/application\/json/);
      }
    }
    const [row] = await sql<{ isActive: boolean; role: string }>(`SELECT "isActive", role FROM users WHERE "userID" = $1`, [id]);
    expect(row).toEqual({ isActive: true, role: "MENTEE" });
  });

  test("GET /api/admin/users: 200 searched by part of the name, filtered and paged; 400 for a bad query", async () => {
    const tag = uniqueEmail().slice(4, 12);
    await student.client.put("/api/users/profile", { data: { firstName: `Zoe${tag}`, lastName: "Alvarez" } });
    const response = await admin.client.get(`/api/admin/users?q=${encodeURIComponent(`zoe${tag.toUpperCase()}`)}&role=MENTEE&per_page=10`);
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ total: 1, page: 1, per_page: 10 });
    expect(body.users[0]).toMatchObject({ userID: student.id, email: student.email, isVerified: true, isActive: true, isDeleted: false, permanent_deletion_date: null, matchedMentorEmail: null, menteeCount: 0 });
    expect(Date.parse(body.users[0].dateJoined)).not.toBeNaN();
    expect(JSON.stringify(body)).not.toMatch(/password|Token|\$2[aby]\$/);
    for (const query of ["per_page=101", "page=0", "sort=password", "status=banned", "role=ROOT"]) {
      const bad = await admin.client.get(`/api/admin/users?${query}`);
      expect([query, bad.status()]).toEqual([query, 400]);
      expect((await bad.json()).error).toBeTruthy();
    }
  });

  test("GET /api/admin/users/{id}: 200 with user, requests, blacklisted_mentors, audit; 404 otherwise", async () => {
    await post(student.client, "/api/matching/requests", { mentor_email: mentor.email });
    const response = await admin.client.get(`/api/admin/users/${student.id}`);
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.user).toMatchObject({ userID: student.id, email: student.email });
    expect(body.requests).toEqual([expect.objectContaining({ status: "PENDING", mentor: expect.objectContaining({ email: mentor.email }) })]);
    expect(body.blacklisted_mentors).toEqual([]);
    expect(body.audit.map((e: { action: string }) => e.action)).toContain("login.success");
    for (const id of [UNKNOWN_ID, "not-a-uuid"]) expect((await admin.client.get(`/api/admin/users/${id}`)).status()).toBe(404);
  });

  test("verify: 200 then 409 already verified; 404 for an unknown user", async ({ playwright, baseURL }) => {
    const client = await playwright.request.newContext({ baseURL });
    const email = uniqueEmail();
    expect((await post(client, "/api/users/register", { email, password: PASSWORD })).status()).toBe(201);
    expect((await post(client, "/api/users/login", { email, password: PASSWORD })).status()).toBe(403);
    const id = await idOf(email);
    const verified = await post(admin.client, `/api/admin/users/${id}/verify`);
    expect(verified.status()).toBe(200);
    expect((await verified.json()).user).toMatchObject({ email, isVerified: true });
    expect((await post(client, "/api/users/login", { email, password: PASSWORD })).status()).toBe(200);
    expect((await post(admin.client, `/api/admin/users/${id}/verify`)).status()).toBe(409);
    expect((await post(admin.client, `/api/admin/users/${UNKNOWN_ID}/verify`)).status()).toBe(404);
    await client.dispose();
  });

  test("deactivate / activate: 400 no reason, 404, 200 (sessions revoked, login 403 naming it), 409 again and for oneself; activate 200 then 409", async ({ request }) => {
    expect((await student.client.get("/api/users/me")).status()).toBe(200);
    for (const body of [{}, { reason: "  " }]) expect((await post(admin.client, `/api/admin/users/${student.id}/deactivate`, body)).status()).toBe(400);
    expect((await post(admin.client, `/api/admin/users/${UNKNOWN_ID}/deactivate`, { reason: "x" })).status()).toBe(404);
    const done = await post(admin.client, `/api/admin/users/${student.id}/deactivate`, { reason: "Repeated no-shows" });
    expect(done.status()).toBe(200);
    expect((await done.json()).user).toMatchObject({ email: student.email, isActive: false });
    expect((await student.client.get("/api/users/me")).status()).toBe(401);
    const login = await post(request, "/api/users/login", { email: student.email, password: PASSWORD });
    expect([login.status(), await login.json()]).toEqual([403, { error: "This account has been deactivated. Contact the BruinBridge team." }]);
    const wrong = await post(request, "/api/users/login", { email: student.email, password: "not the password at all" });
    expect([wrong.status(), (await wrong.json()).error]).toEqual([401, "Invalid email or password"]);
    expect((await post(admin.client, `/api/admin/users/${student.id}/deactivate`, { reason: "again" })).status()).toBe(409);
    expect((await post(admin.client, `/api/admin/users/${admin.id}/deactivate`, { reason: "me" })).status()).toBe(409);

    expect((await post(admin.client, `/api/admin/users/${UNKNOWN_ID}/activate`)).status()).toBe(404);
    const back = await post(admin.client, `/api/admin/users/${student.id}/activate`);
    expect([back.status(), (await back.json()).user.isActive]).toEqual([200, true]);
    expect((await post(request, "/api/users/login", { email: student.email, password: PASSWORD })).status()).toBe(200);
    expect((await post(admin.client, `/api/admin/users/${student.id}/activate`)).status()).toBe(409);
  });

  test("restore: 400 nothing pending, 404, 200 cancels a pending deletion, 409 after the grace period", async () => {
    expect((await post(admin.client, `/api/admin/users/${student.id}/restore`)).status()).toBe(400);
    expect((await post(admin.client, `/api/admin/users/${UNKNOWN_ID}/restore`)).status()).toBe(404);
    expect((await post(student.client, "/api/users/delete-account", { confirmation: student.email })).status()).toBe(200);
    const restored = await post(admin.client, `/api/admin/users/${student.id}/restore`);
    expect(restored.status()).toBe(200);
    expect((await restored.json()).user).toMatchObject({ isDeleted: false, permanent_deletion_date: null });

    expect((await post(mentor.client, "/api/users/delete-account", { confirmation: mentor.email })).status()).toBe(200);
    await sql(`UPDATE users SET "permanentDeletionDate" = now() - interval '1 minute' WHERE email = $1`, [mentor.email]);
    expect((await post(admin.client, `/api/admin/users/${mentor.id}/restore`)).status()).toBe(409);
  });

  test("end-match: 400 no reason, 404, 409 not matched, 200 ends the match", async () => {
    expect((await post(admin.client, `/api/admin/users/${student.id}/end-match`, { reason: "complaint" })).status()).toBe(409);
    const sent = await post(student.client, "/api/matching/requests", { mentor_email: mentor.email });
    expect((await post(mentor.client, `/api/matching/requests/${(await sent.json()).request.id}/accept`)).status()).toBe(200);
    expect((await post(admin.client, `/api/admin/users/${student.id}/end-match`, {})).status()).toBe(400);
    expect((await post(admin.client, `/api/admin/users/${UNKNOWN_ID}/end-match`, { reason: "complaint" })).status()).toBe(404);
    const ended = await post(admin.client, `/api/admin/users/${student.id}/end-match`, { reason: "complaint" });
    expect(ended.status()).toBe(200);
    expect((await ended.json()).user).toMatchObject({ isMatched: false, matchedMentorEmail: null });
    expect((await (await mentor.client.get("/api/users/roster")).json()).mentees).toEqual([]);
  });

  test("audit: 200 newest first with actor and target emails, filtered; 400 for a bad filter", async () => {
    await post(admin.client, `/api/admin/users/${student.id}/deactivate`, { reason: "audit me" });
    await post(admin.client, `/api/admin/users/${student.id}/activate`);
    const response = await admin.client.get(`/api/admin/audit?actor=${encodeURIComponent(admin.email)}&target=${encodeURIComponent(student.email)}`);
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.total).toBe(2);
    expect(body.entries.map((e: { action: string; actor: string; target: string }) => [e.action, e.actor, e.target])).toEqual([
      ["user.activate", admin.email, student.email],
      ["user.deactivate", admin.email, student.email],
    ]);
    expect(body.entries[1].details).toMatchObject({ reason: "audit me" });
    expect(Date.parse(body.entries[0].at)).toBeGreaterThanOrEqual(Date.parse(body.entries[1].at));
    const filtered = await (await admin.client.get(`/api/admin/audit?action=login.success&target=${encodeURIComponent(student.email)}`)).json();
    expect(filtered.entries.length).toBeGreaterThanOrEqual(1);
    for (const query of ["action=drop.table", "page=0"]) expect((await admin.client.get(`/api/admin/audit?${query}`)).status()).toBe(400);
  });

  test("stats: 200 in the contract's shape", async () => {
    const response = await admin.client.get("/api/admin/stats");
    expect(response.status()).toBe(200);
    const stats = await response.json();
    const count = expect.any(Number);
    expect(stats.users).toEqual({ total: count, mentees: count, mentors: count, admins: count, verified: count, profile_complete: count, pending_deletion: count, deactivated: count });
    expect(stats.matching).toEqual({ matched_mentees: count, unmatched_mentees: count, open_mentor_seats: count, pending_requests: count });
    for (const background of ["firstgen", "transfer", "international", "commuter", "outofstate"]) expect(stats.by_background[background]).toEqual({ mentees: count, matched: count });
    expect(stats.signups_by_week.at(-1)).toEqual({ week: expect.stringMatching(/^\d{4}-\d\d-\d\d$/), mentees: count, mentors: count });
    expect(stats.users.admins).toBeGreaterThanOrEqual(1);
  });

  test("CSV exports: 200 text/csv attachments with a header row, formula cells escaped, no secrets", async () => {
    await student.client.put("/api/users/profile", { data: { firstName: "=cmd|' /C calc'!A0", lastName: "Smith, Jr." } });
    const users = await admin.client.get("/api/admin/export/users.csv");
    expect(users.status()).toBe(200);
    expect(users.headers()["content-type"]).toMatch(/^text\/csv/);
    expect(users.headers()["content-disposition"]).toMatch(/^attachment; filename="bruinbridge-users-\d{4}-\d\d-\d\d\.csv"$/);
    const text = await users.text();
    expect(text.split("\r\n")[0]).toMatch(/^userID,email,firstName,lastName,/);
    expect(text).toContain(`${student.email},'=cmd|' /C calc'!A0,"Smith, Jr.",`);
    expect(text).not.toMatch(/\$2[aby]\$|password/i);
    const matches = await admin.client.get("/api/admin/export/matches.csv");
    expect(matches.status()).toBe(200);
    expect(matches.headers()["content-disposition"]).toMatch(/^attachment;/);
    expect((await matches.text()).split("\r\n")[0]).toBe("mentee_email,mentee_first_name,mentee_last_name,mentor_email,mentor_first_name,mentor_last_name,matched_at");
  });

  test("role: 403 for an admin who is not a superuser; a superuser promotes (200) and demotes (200), 409 when nothing changes", async ({ playwright, baseURL }) => {
    expect((await post(admin.client, `/api/admin/users/${mentor.id}/role`, { admin: true })).status()).toBe(403);
    const boss = await account(playwright, baseURL, "SUPERUSER");
    expect((await post(boss.client, `/api/admin/users/${mentor.id}/role`, { admin: "yes" })).status()).toBe(400);
    const promoted = await post(boss.client, `/api/admin/users/${mentor.id}/role`, { admin: true });
    expect([promoted.status(), (await promoted.json()).user.role]).toEqual([200, "ADMIN"]);
    expect((await mentor.client.get("/api/admin/stats")).status()).toBe(200);
    expect((await post(boss.client, `/api/admin/users/${mentor.id}/role`, { admin: true })).status()).toBe(409);
    const demoted = await post(boss.client, `/api/admin/users/${mentor.id}/role`, { admin: false });
    expect([demoted.status(), (await demoted.json()).user.role]).toEqual([200, "MENTEE"]);
    expect((await mentor.client.get("/api/admin/stats")).status()).toBe(403);
    await boss.client.dispose();
  });
});
