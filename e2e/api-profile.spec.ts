import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { post, signedIn, sql } from "./support/api";

const put = (client: import("@playwright/test").APIRequestContext, data: unknown) => client.put("/api/users/profile", { data });

test.describe("PUT /api/users/profile and POST /api/users/survey", () => {
  test("200 with the updated user; protected keys are ignored", async ({ playwright, baseURL }) => {
    const { client, email } = await signedIn(playwright, baseURL);
    const response = await put(client, { firstName: "Jane", year: 1, major: ["Biology"], isMatched: true, email: "other@ucla.edu", role: "ADMIN", is_verified: false });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.message).toBe("Profile updated");
    expect(body.user).toMatchObject({ firstName: "Jane", year: 1, major: ["Biology"], isMatched: false, email, role: "MENTEE" });

    const survey = await post(client, "/api/users/survey", { lastName: "Doe", international: true, isStaff: true });
    expect(survey.status()).toBe(200);
    expect((await survey.json()).user).toMatchObject({ lastName: "Doe", international: true });
    expect(await (await client.get("/api/users/me")).json()).toMatchObject({ profile_complete: true, firstName: "Jane" });
    const [row] = await sql<{ isStaff: boolean; role: string }>(`SELECT "isStaff", role FROM users WHERE email = $1`, [email]);
    expect(row).toEqual({ isStaff: false, role: "MENTEE" });
  });

  test("400 with fieldErrors for an invalid value, writing nothing; 400 invalid JSON; 401 without a session", async ({ playwright, baseURL, request }) => {
    const { client, email } = await signedIn(playwright, baseURL);
    const bad = await put(client, { firstName: "Jane", year: 9 });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).fieldErrors.year).toBeDefined();
    expect(await sql(`SELECT 1 FROM users WHERE email = $1 AND "firstName" = 'Jane'`, [email])).toHaveLength(0);
    const link = await put(client, { profilePictureUrl: "https://evil.example/a.png" });
    expect((await link.json()).fieldErrors.profilePictureUrl).toBeDefined();
    const broken = await client.put("/api/users/profile", { headers: { "content-type": "application/json" }, data: Buffer.from("{") });
    expect(broken.status()).toBe(400);
    expect((await request.put("/api/users/profile", { data: { firstName: "X" } })).status()).toBe(401);
    expect((await post(request, "/api/users/survey", { firstName: "X" })).status()).toBe(401);
  });
});

test.describe("POST /api/users/change-role", () => {
  test("200 switches the role; 400 for the same, a missing or an invalid role; 401", async ({ playwright, baseURL, request }) => {
    const { client } = await signedIn(playwright, baseURL);
    const switched = await post(client, "/api/users/change-role", { new_role: "MENTOR" });
    expect(switched.status()).toBe(200);
    expect((await switched.json()).user.role).toBe("MENTOR");
    for (const data of [{ new_role: "MENTOR" }, {}, { new_role: "ADMIN" }]) {
      const response = await post(client, "/api/users/change-role", data);
      expect(response.status(), JSON.stringify(data)).toBe(400);
      expect((await response.json()).fieldErrors.new_role).toBeDefined();
    }
    expect((await post(request, "/api/users/change-role", { new_role: "MENTOR" })).status()).toBe(401);
  });
});

test.describe("POST /api/users/profile-picture", () => {
  test("200 with the URL of a stored 400×400 picture that the app serves; 400 for no file, not an image, too large; 401", async ({ playwright, baseURL, request }) => {
    const { client } = await signedIn(playwright, baseURL);
    const png = await sharp({ create: { width: 800, height: 500, channels: 3, background: "#2774AE" } }).png().toBuffer();
    const upload = await client.post("/api/users/profile-picture", { multipart: { file: { name: "me.png", mimeType: "image/png", buffer: png } } });
    expect(upload.status()).toBe(200);
    const { url } = await upload.json();
    expect(url).toMatch(/^\/uploads\/.+\.webp$/);
    const served = await client.get(url);
    expect(served.headers()["content-type"]).toBe("image/webp");
    expect(await sharp(await served.body()).metadata()).toMatchObject({ width: 400, height: 400 });
    expect((await (await client.get("/api/users/me")).json()).profilePictureUrl).toBe(url);

    const none = await client.post("/api/users/profile-picture", { multipart: { note: "no file here" } });
    expect(none.status()).toBe(400);
    const svg = await client.post("/api/users/profile-picture", {
      multipart: { file: { name: "x.png", mimeType: "image/png", buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') } },
    });
    expect(svg.status()).toBe(400);
    expect((await svg.json()).error).toMatch(/not a PNG, JPEG or WebP/);
    const huge = await client.post("/api/users/profile-picture", { multipart: { file: { name: "big.png", mimeType: "image/png", buffer: Buffer.alloc(6 * 1024 * 1024, 7) } } });
    expect(huge.status()).toBe(400);
    expect((await request.post("/api/users/profile-picture", { multipart: { file: { name: "me.png", mimeType: "image/png", buffer: png } } })).status()).toBe(401);
    expect((await client.get("/uploads/not-a-real-picture.webp")).status()).toBe(404);
  });
});

test("POST /api/cloudinary/sign: 401 without a session; 404 while Cloudinary is not configured (local picture mode)", async ({ playwright, baseURL, request }) => {
  const paramsToSign = { folder: "profile_pictures", timestamp: 1 };
  expect((await post(request, "/api/cloudinary/sign", { paramsToSign })).status()).toBe(401);
  const { client } = await signedIn(playwright, baseURL);
  expect((await post(client, "/api/cloudinary/sign", { paramsToSign })).status()).toBe(404);
  await client.dispose();
});
