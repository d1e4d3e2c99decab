import { expect, test } from "@playwright/test";
import { post, signedIn, sql } from "./support/api";

// The purge is global: it runs in its own project after the other specs (playwright.config.ts),
// so it never deletes an account that another spec has just expired on purpose.
const expire = (email: string) => sql(`UPDATE users SET "permanentDeletionDate" = now() - interval '1 second' WHERE email = $1`, [email]);

test.describe("GET|POST /api/cron/purge-expired-accounts", () => {
  test("401 without or with a wrong secret; 200 with the count, purging only expired accounts", async ({ playwright, baseURL, request }) => {
    expect((await request.get("/api/cron/purge-expired-accounts")).status()).toBe(401);
    expect((await request.get("/api/cron/purge-expired-accounts", { headers: { authorization: "Bearer wrong" } })).status()).toBe(401);
    expect((await request.post("/api/cron/purge-expired-accounts", { headers: { authorization: "e2e-cron-secret" } })).status()).toBe(401);

    const gone = await signedIn(playwright, baseURL);
    const kept = await signedIn(playwright, baseURL);
    for (const { client, email } of [gone, kept]) await post(client, "/api/users/delete-account", { confirmation: email });
    await expire(gone.email);

    const run = await request.get("/api/cron/purge-expired-accounts", { headers: { authorization: "Bearer e2e-cron-secret" } });
    expect(run.status()).toBe(200);
    expect((await run.json()).deleted).toBeGreaterThanOrEqual(1);
    expect(await sql("SELECT 1 FROM users WHERE email = $1", [gone.email])).toHaveLength(0);
    expect(await sql("SELECT 1 FROM users WHERE email = $1", [kept.email])).toHaveLength(1);
    // Idempotent, and POST works too.
    const again = await request.post("/api/cron/purge-expired-accounts", { headers: { authorization: "Bearer e2e-cron-secret" } });
    expect(await again.json()).toEqual({ deleted: 0 });
    expect(await sql("SELECT 1 FROM users WHERE email = $1", [kept.email])).toHaveLength(1);
  });
});
