import { expect, test } from "@playwright/test";
import { PASSWORD, post, signedIn, sql, uniqueEmail } from "./support/api";

const expire = (email: string) => sql(`UPDATE users SET "permanentDeletionDate" = now() - interval '1 second' WHERE email = $1`, [email]);

test.describe("deletion", () => {
  test("delete → signed out → login reports the deletion → restricted session → cancel → account back", async ({ playwright, baseURL }) => {
    const { client, email } = await signedIn(playwright, baseURL);
    const wrong = await post(client, "/api/users/delete-account", { confirmation: "delete my account" });
    expect(wrong.status()).toBe(400);

    const deleted = await post(client, "/api/users/delete-account", { confirmation: email });
    expect(deleted.status()).toBe(200);
    const body = await deleted.json();
    expect(body.message).toBe("Account deletion requested");
    expect(Date.parse(body.permanent_deletion_date) - Date.now()).toBeGreaterThan(71 * 3_600_000);
    expect(body.note).toMatch(/72 hours/);
    expect((await client.get("/api/users/me")).status()).toBe(401);

    const login = await post(client, "/api/users/login", { email, password: PASSWORD });
    expect(login.status()).toBe(200);
    expect(await login.json()).toMatchObject({ email, is_deleted: true, permanent_deletion_date: body.permanent_deletion_date });
    expect(await (await client.get("/api/users/me")).json()).toMatchObject({ is_deleted: true });
    expect((await client.put("/api/users/profile", { data: { firstName: "X" } })).status()).toBe(403);
    expect((await post(client, "/api/users/change-role", { new_role: "MENTOR" })).status()).toBe(403);

    const cancelled = await post(client, "/api/users/cancel-deletion");
    expect(cancelled.status()).toBe(200);
    expect(await (await client.get("/api/users/me")).json()).toMatchObject({ email });
    expect((await client.put("/api/users/profile", { data: { firstName: "Back" } })).status()).toBe(200);
    expect((await post(client, "/api/users/cancel-deletion")).status()).toBe(400);
  });

  test("cancel answers 409 after the grace period; delete and cancel need a session", async ({ playwright, baseURL, request }) => {
    expect((await post(request, "/api/users/delete-account", { confirmation: "x@ucla.edu" })).status()).toBe(401);
    expect((await post(request, "/api/users/cancel-deletion")).status()).toBe(401);
    const { client, email } = await signedIn(playwright, baseURL);
    await post(client, "/api/users/delete-account", { confirmation: email });
    await post(client, "/api/users/login", { email, password: PASSWORD });
    await expire(email);
    expect((await post(client, "/api/users/cancel-deletion")).status()).toBe(409);
  });

  test("public cancel: 200, 400 missing field or nothing pending, 401 bad credentials, 409 after the period", async ({ playwright, baseURL, request }) => {
    const { client, email } = await signedIn(playwright, baseURL);
    await post(client, "/api/users/delete-account", { confirmation: email });
    expect((await post(request, "/api/users/cancel-deletion/public", { email })).status()).toBe(400);
    expect((await post(request, "/api/users/cancel-deletion/public", { email, password: "not the password" })).status()).toBe(401);
    expect((await post(request, "/api/users/cancel-deletion/public", { email: uniqueEmail(), password: PASSWORD })).status()).toBe(401);
    const ok = await post(request, "/api/users/cancel-deletion/public", { email, password: PASSWORD });
    expect(ok.status()).toBe(200);
    expect(await ok.json()).toMatchObject({ email, is_active: true });
    expect((await post(request, "/api/users/cancel-deletion/public", { email, password: PASSWORD })).status()).toBe(400);

    const second = await signedIn(playwright, baseURL);
    await post(second.client, "/api/users/delete-account", { confirmation: second.email });
    await expire(second.email);
    expect((await post(request, "/api/users/cancel-deletion/public", { email: second.email, password: PASSWORD })).status()).toBe(409);
  });
});
