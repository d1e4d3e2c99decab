/**
 * "Cohort matching (admin)" of API.md, every row with every status it lists, against the production
 * build. A run covers every waiting mentee of the database, so this file runs in its own project
 * after the other specs (playwright.config.ts, "cohort-api"), its tests one after another.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { post, signedIn, sql } from "./support/api";

test.describe.configure({ timeout: 60_000 });

type Account = { client: APIRequestContext; email: string };

async function account(playwright: Parameters<typeof signedIn>[0], baseURL: string | undefined, kind: "MENTEE" | "MENTOR" | "ADMIN"): Promise<Account> {
  const { client, email } = await signedIn(playwright, baseURL, kind === "MENTOR" ? "MENTOR" : "MENTEE");
  if (kind === "ADMIN") await sql(`UPDATE users SET role = 'ADMIN', "isStaff" = true WHERE email = $1`, [email]);
  return { client, email };
}

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
const RUNS = "/api/admin/matching/runs";

test.describe("Cohort matching API", () => {
  let admin: Account;
  let mentee: Account;
  let mentor: Account;

  test.beforeEach(async ({ playwright, baseURL }) => {
    admin = await account(playwright, baseURL, "ADMIN");
    mentee = await account(playwright, baseURL, "MENTEE");
    mentor = await account(playwright, baseURL, "MENTOR");
  });

  test.afterEach(async () => {
    await Promise.all([admin.client.dispose(), mentee.client.dispose(), mentor.client.dispose()]);
  });

  test("every endpoint: 401 without a session, 403 for a mentee and a mentor, nothing created", async ({ request }) => {
    const before = await sql<{ count: number }>(`SELECT count(*)::int AS count FROM matching_runs`);
    const calls: [string, string][] = [
      ["GET", RUNS],
      ["POST", RUNS],
      ["GET", `${RUNS}/${UNKNOWN_ID}`],
      ["POST", `${RUNS}/${UNKNOWN_ID}/publish`],
      ["DELETE", `${RUNS}/${UNKNOWN_ID}`],
    ];
    for (const [method, url] of calls) {
      const send = (client: APIRequestContext) => (method === "GET" ? client.get(url) : method === "DELETE" ? client.delete(url) : post(client, url, {}));
      const anonymous = await send(request);
      expect([method, url, anonymous.status(), await anonymous.json()]).toEqual([method, url, 401, { error: "Authentication required" }]);
      for (const client of [mentee.client, mentor.client]) {
        const refused = await send(client);
        expect([method, url, refused.status()]).toEqual([method, url, 403]);
        expect(await refused.json()).toEqual({ error: "Only BruinBridge staff can do this" });
      }
    }
    expect(await sql(`SELECT count(*)::int AS count FROM matching_runs`)).toEqual(before);
  });

  test("POST runs: 400 for a bad body or an unknown email, 415 without JSON, 201 with a draft; GET runs and GET runs/{id}: 200, 404", async () => {
    const bad: [unknown, RegExp][] = [
      [{ pin: "x" }, /list of \[menteeEmail, mentorEmail\] pairs/],
      [{ pin: [[mentee.email]] }, /\[menteeEmail, mentorEmail\]/],
      [{ pin: [["nobody-here@ucla.edu", mentor.email]] }, /No account has the email nobody-here@ucla\.edu/],
      [{ forbid: [[mentee.email, mentee.email]] }, /is not a mentor/],
      [{ pin: [[mentee.email, mentor.email]], forbid: [[mentee.email, mentor.email]] }, /both pinned and forbidden/],
    ];
    for (const [body, message] of bad) {
      const response = await post(admin.client, RUNS, body);
      expect([JSON.stringify(body), response.status()]).toEqual([JSON.stringify(body), 400]);
      expect((await response.json()).error).toMatch(message);
    }
    expect((await post(admin.client, RUNS, "not json", { "content-type": "application/json" })).status()).toBe(400);
    expect((await admin.client.post(RUNS, { data: "pin=x", headers: { "content-type": "application/x-www-form-urlencoded" } })).status()).toBe(415);

    const created = await post(admin.client, RUNS, { pin: [[mentee.email.toUpperCase(), mentor.email]] });
    expect(created.status()).toBe(201);
    const { run } = await created.json();
    expect(run).toMatchObject({ status: "DRAFT", createdBy: admin.email, pin: [[mentee.email, mentor.email]], forbid: [] });
    expect(Date.parse(run.createdAt)).not.toBeNaN();
    expect(run.pairs).toContainEqual({ mentee: mentee.email, mentor: mentor.email, score: expect.any(Number), reasons: expect.any(Array), pinned: true });
    expect(run.totals).toMatchObject({ mentees: expect.any(Number), pairs: run.pairs.length, seconds: expect.any(Number) });
    expect(run.totals.score).toBe(run.pairs.reduce((sum: number, pair: { score: number }) => sum + pair.score, 0));
    expect(Array.isArray(run.unmatched)).toBe(true);

    // Without a body at all: no pins, no forbids; it replaces the open draft.
    const again = await admin.client.post(RUNS);
    expect(again.status()).toBe(201);
    const second = (await again.json()).run;
    expect(second).toMatchObject({ status: "DRAFT", previousRunId: run.id, pin: [] });

    const list = await admin.client.get(RUNS);
    expect(list.status()).toBe(200);
    const { runs } = await list.json();
    expect(runs.slice(0, 2).map((entry: { id: string; status: string }) => [entry.id, entry.status])).toEqual([[second.id, "DRAFT"], [run.id, "DISCARDED"]]);
    // Each entry is a whole run, as API.md describes it.
    expect(runs[0]).toMatchObject({ id: second.id, createdBy: expect.any(String), pairs: second.pairs, unmatched: second.unmatched, totals: second.totals });

    const one = await admin.client.get(`${RUNS}/${run.id}`);
    expect(one.status()).toBe(200);
    expect((await one.json()).run).toMatchObject({ id: run.id, status: "DISCARDED", pairs: run.pairs, unmatched: run.unmatched });
    for (const id of [UNKNOWN_ID, "not-a-uuid"]) {
      const missing = await admin.client.get(`${RUNS}/${id}`);
      expect(missing.status()).toBe(404);
      expect(await missing.json()).toEqual({ error: "No such matching run" });
    }
  });

  test("POST runs: 409 when nobody is waiting", async () => {
    // Everyone waiting steps aside for a moment (this project runs alone).
    const hidden = await sql<{ id: string }>(
      `UPDATE users SET "isActive" = false WHERE role = 'MENTEE' AND "isActive" AND "matchedMentorId" IS NULL RETURNING "userID"::text AS id`,
    );
    try {
      const response = await post(admin.client, RUNS, {});
      expect(response.status()).toBe(409);
      expect((await response.json()).error).toMatch(/Nobody to match/);
    } finally {
      await sql(`UPDATE users SET "isActive" = true WHERE "userID" = ANY($1::uuid[])`, [hidden.map((row) => row.id)]);
    }
  });

  test("publish: 200 with the matches made, then 409 not a draft; DELETE: 200 discarded, 409, 404", async ({ playwright, baseURL }) => {
    const draft = (await (await post(admin.client, RUNS, { pin: [[mentee.email, mentor.email]] })).json()).run;
    const published = await post(admin.client, `${RUNS}/${draft.id}/publish`);
    expect(published.status()).toBe(200);
    const body = await published.json();
    expect(body).toMatchObject({ published: expect.any(Number), skipped: expect.any(Array), run: { id: draft.id, status: "PUBLISHED" } });
    expect(body.published + body.skipped.length).toBe(draft.pairs.length);
    const [row] = await sql<{ mentor: string }>(`SELECT m.email AS mentor FROM users u JOIN users m ON m."userID" = u."matchedMentorId" WHERE u.email = $1`, [mentee.email]);
    expect(row).toEqual({ mentor: mentor.email });
    const me = await mentee.client.get("/api/users/me");
    expect((await me.json()).matchedMentorEmail).toBe(mentor.email);

    for (const response of [await post(admin.client, `${RUNS}/${draft.id}/publish`), await admin.client.delete(`${RUNS}/${draft.id}`)]) {
      expect(response.status()).toBe(409);
      expect(await response.json()).toEqual({ error: "This run is not a draft" });
    }
    for (const id of [UNKNOWN_ID, "x"]) {
      expect((await post(admin.client, `${RUNS}/${id}/publish`)).status()).toBe(404);
      expect((await admin.client.delete(`${RUNS}/${id}`)).status()).toBe(404);
    }

    // Someone new waits: a draft to discard.
    const waiting = await signedIn(playwright, baseURL, "MENTEE");
    const fresh = (await (await post(admin.client, RUNS, {})).json()).run;
    // Covered: paired, or listed as unmatched when the seats left went to others.
    expect([...fresh.pairs, ...fresh.unmatched].map((entry: { mentee: string }) => entry.mentee)).toContain(waiting.email);
    const discarded = await admin.client.delete(`${RUNS}/${fresh.id}`);
    expect(discarded.status()).toBe(200);
    expect((await discarded.json()).run).toMatchObject({ id: fresh.id, status: "DISCARDED", decidedBy: admin.email });
    const [still] = await sql<{ matchedMentorId: string | null }>(`SELECT "matchedMentorId" FROM users WHERE email = $1`, [waiting.email]);
    expect(still).toEqual({ matchedMentorId: null });
    const twice = await admin.client.delete(`${RUNS}/${fresh.id}`);
    expect(twice.status()).toBe(409);
    await waiting.client.dispose();
  });
});
