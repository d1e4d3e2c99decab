/**
 * Hostile input against the production build: malformed addresses, NUL characters, oversized
 * bodies, security headers. Each of these answered 500 (or read the whole body) before.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { PASSWORD, post, signedIn, uniqueEmail } from "./support/api";

type Account = { client: APIRequestContext; email: string };

test.describe("malformed addresses", () => {
  const bad = ["%ff", "%E0%A4%A", "%zz", "%"];

  test("API paths with broken percent-encoding answer 400 JSON, never 500", async ({ request }) => {
    for (const segment of bad) {
      for (const [method, path] of [
        ["GET", `/api/chat/${segment}`],
        ["POST", `/api/chat/${segment}`],
        ["DELETE", `/api/users/roster/${segment}`],
        ["GET", `/api/users/verify-email/${segment}`],
        ["POST", `/api/users/reset-password/${segment}`],
        ["POST", `/api/matching/requests/${segment}/accept`],
      ] as const) {
        const response = await request.fetch(path, { method, headers: { "content-type": "application/json" }, data: method === "GET" || method === "DELETE" ? undefined : "{}" });
        expect(response.status(), `${method} ${path}`).toBe(400);
        expect((await response.json()).error, `${method} ${path}`).toMatch(/not valid/);
      }
    }
  });

  test("pages with broken percent-encoding answer a 400 page", async ({ page }) => {
    for (const segment of bad) {
      for (const path of [`/chat/${segment}`, `/reset-password/${segment}`, `/uploads/${segment}`]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(400);
        await expect(page.getByRole("heading", { name: "Bad request" })).toBeVisible();
        await expect(page.getByRole("link", { name: /home page/ })).toHaveAttribute("href", "/");
      }
    }
  });
});

test.describe("NUL characters and impossible dates", () => {
  let mentee: Account;
  let mentor: Account;

  test.beforeEach(async ({ playwright, baseURL }) => {
    mentee = await signedIn(playwright, baseURL, "MENTEE");
    mentor = await signedIn(playwright, baseURL, "MENTOR");
  });
  test.afterEach(async () => {
    await Promise.all([mentee.client.dispose(), mentor.client.dispose()]);
  });

  test("a NUL in any text field is a 400 field error and writes nothing", async ({ request }) => {
    const NUL = "\u0000";
    const cases: [string, Promise<{ status(): number; json(): Promise<{ fieldErrors?: Record<string, string[]> }> }>, string][] = [
      ["register email", post(request, "/api/users/register", { email: `a${NUL}${uniqueEmail()}`, password: PASSWORD }), "email"],
      ["login email", post(request, "/api/users/login", { email: `${mentee.email}${NUL}`, password: PASSWORD }), "email"],
      ["password reset email", post(request, "/api/users/password-reset", { email: `${NUL}${mentee.email}` }), "email"],
      ["first name", mentee.client.put("/api/users/profile", { data: { firstName: `Mi${NUL}a` } }), "firstName"],
      ["goals", mentee.client.put("/api/users/profile", { data: { goals: `grow${NUL}` } }), "goals"],
      ["request message", post(mentee.client, "/api/matching/requests", { mentor_email: mentor.email, message: `hello${NUL}` }), "message"],
      ["request mentor email", post(mentee.client, "/api/matching/requests", { mentor_email: `${mentor.email}${NUL}` }), "mentor_email"],
      ["blacklist email", post(mentee.client, "/api/users/blacklist", { mentor_email: `${mentor.email}${NUL}` }), "mentor_email"],
    ];
    for (const [label, pending, field] of cases) {
      const response = await pending;
      expect(response.status(), label).toBe(400);
      expect(Object.keys((await response.json()).fieldErrors ?? {}), label).toContain(field);
    }
    const me = await (await mentee.client.get("/api/users/me")).json();
    expect(me.firstName).toBe("");
    expect((await (await mentee.client.get("/api/matching/requests")).json()).requests).toEqual([]);
  });

  test("chat and decline refuse NUL; the chat refuses an `after` PostgreSQL cannot store; a NUL path is 400", async () => {
    const NUL = "\u0000";
    const sent = await post(mentee.client, "/api/matching/requests", { mentor_email: mentor.email });
    const { request: pending } = await sent.json();
    const declined = await post(mentor.client, `/api/matching/requests/${pending.id}/decline`, { reason: `full${NUL}` });
    expect(declined.status()).toBe(400);
    expect((await declined.json()).fieldErrors).toHaveProperty("reason");
    expect((await post(mentor.client, `/api/matching/requests/${pending.id}/accept`)).status()).toBe(200);

    const chat = `/api/chat/${encodeURIComponent(mentor.email)}`;
    const message = await post(mentee.client, chat, { body: `hi${NUL}` });
    expect(message.status()).toBe(400);
    expect((await message.json()).fieldErrors).toHaveProperty("body");
    for (const after of ["-200000-01-01T00:00:00Z", "+275760-09-13T00:00:00Z", "not a date"]) {
      const response = await mentee.client.get(`${chat}?${new URLSearchParams({ after })}`);
      expect(response.status(), after).toBe(400);
      expect((await response.json()).fieldErrors).toHaveProperty("after");
    }
    expect((await mentee.client.get(`${chat}?after=${encodeURIComponent("2026-01-15T10:30:00.000Z")}`)).status()).toBe(200);
    expect((await mentee.client.get(`/api/chat/x%00${encodeURIComponent(mentor.email)}`)).status()).toBe(400);
  });
});

/** Sends a raw request (Playwright's client would send the whole body first) and reports how much was written before the answer. */
function rawPost(baseURL: string, path: string, { declaredLength, sendBytes }: { declaredLength?: number; sendBytes: number }) {
  return new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
    const url = new URL(path, baseURL);
    const headers: Record<string, string | number> = { "content-type": "application/json" };
    if (declaredLength !== undefined) headers["content-length"] = declaredLength;
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers });
    let sent = 0;
    let answered = false;
    req.on("response", (response) => {
      answered = true;
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => {
        resolve({ status: response.statusCode ?? 0, body, sent });
        req.destroy();
      });
    });
    req.on("error", (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (!answered && sent < sendBytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered && declaredLength === undefined) req.end();
    };
    req.write("{");
    pump();
  });
}

/** The server process listening on a port (iproute2's `ss`; `next start` renames its process title). */
function serverPid(port: string): number {
  const listing = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  const pid = /pid=(\d+)/.exec(listing)?.[1];
  if (!pid) throw new Error(`no server listening on port ${port}`);
  return Number(pid);
}

const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;

test.describe("request bodies", () => {
  test("a body declared over 64 KB is refused with 413 JSON before it is read", async ({ baseURL }) => {
    // Only the first 64 KB of the declared 100 MB are ever sent: the answer must come without the
    // rest (a server that waited for the body would never answer, and the test would time out).
    const declaredLength = 100 * 1024 * 1024;
    const answer = await rawPost(baseURL!, "/api/users/login", { declaredLength, sendBytes: 64 * 1024 });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error).toMatch(/too large/);
    expect(answer.sent).toBeLessThan(declaredLength);
  });

  test("chunked bodies are counted while they stream and refused past 64 KB, without the server holding them", async ({ baseURL }) => {
    const server = serverPid(new URL(baseURL!).port);
    const before = rssOf(server);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssOf(server))), 50);
    try {
      const answers = await Promise.all(Array.from({ length: 4 }, () => rawPost(baseURL!, "/api/users/login", { sendBytes: 150 * 1024 * 1024 })));
      for (const answer of answers) {
        expect(answer.status).toBe(413);
        expect(JSON.parse(answer.body).error).toMatch(/too large/);
      }
    } finally {
      clearInterval(sampler);
    }
    // Before, four of these took the server from ~100 MB to 423 MB; now each keeps at most 1 MB.
    expect(peak - before).toBeLessThan(120 * 1024 * 1024);
  });

  test("a JSON body under the limit is still parsed as before", async ({ request }) => {
    const response = await post(request, "/api/users/login", { email: uniqueEmail(), password: "x".repeat(1000) });
    expect(response.status()).toBe(401);
  });
});

test.describe("security headers", () => {
  test("pages carry a nonce-based CSP that the page's own scripts satisfy", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto("/login");
    const headers = response!.headers();
    const policy = headers["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    // Over plain http (the e2e server) no HSTS.
    expect(headers["strict-transport-security"]).toBeUndefined();
    // Every script of the page carries this response's nonce, and the page works (hydrated form).
    const scripts = await page.locator("script").evaluateAll((elements) => elements.map((element) => (element as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    for (const scriptNonce of scripts) expect(scriptNonce).toBe(nonce);
    await page.getByLabel("UCLA email").fill("not-an-email");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.getByText(/valid email/i).first()).toBeVisible();
    expect(violations).toEqual([]);

    const again = await page.request.get("/login");
    expect(/'nonce-([^']+)'/.exec(again.headers()["content-security-policy"] ?? "")?.[1]).not.toBe(nonce);
  });

  test("the API answers with the same headers, and /api/auth/session does not reveal the session id", async ({ playwright, baseURL }) => {
    const { client } = await signedIn(playwright, baseURL);
    const response = await client.get("/api/auth/session");
    expect(response.status()).toBe(200);
    const session = await response.json();
    expect(session.user.email).toBeTruthy();
    expect(JSON.stringify(session)).not.toMatch(/sid/);
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    await client.dispose();
  });
});
