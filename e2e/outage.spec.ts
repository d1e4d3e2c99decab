/**
 * The database goes away and comes back (shared/API.md, Health). This spec really stops
 * PostgreSQL, so it never touches the shared e2e server or its database: it starts its own
 * throw-away embedded cluster and its own `next start` from the same build, with the settings of
 * playwright.config.ts's webServer. Runs in its own Playwright project ("outage").
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import pg from "pg";
import { startOutageCluster, type OutageCluster } from "../scripts/lib/database";
import { PASSWORD, uniqueEmail, uniqueIp } from "./support/api";

const ROOT = path.resolve(import.meta.dirname, "..");
const UNAVAILABLE = { error: "The service is temporarily unavailable. Please try again shortly." };

let cluster: OutageCluster | undefined;
let server: ChildProcess | undefined;
let serverLog = "";
let baseURL = "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Polls `probe` every 250 ms until it returns true; fails after `seconds`. Returns the seconds it took. */
async function within(seconds: number, what: string, probe: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < seconds * 1000) {
    if (await probe().catch(() => false)) return (Date.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what}: not within ${seconds} s\n--- server output ---\n${serverLog.slice(-2000)}`);
}

const status = async (request: APIRequestContext, url: string) => (await request.get(`${baseURL}${url}`, { maxRedirects: 0 })).status();

/** Runs SQL on the spec's own cluster (never the shared e2e database). */
async function onCluster<T>(work: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: cluster?.url });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

/** Connections the app server holds open to its database. */
const appConnections = () =>
  onCluster(async (db) => Number((await db.query<{ n: string }>("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = 'bruinbridge' AND pid <> pg_backend_pid()")).rows[0]?.n));

function login(request: APIRequestContext, email: string): Promise<APIResponse> {
  return request.post(`${baseURL}/api/users/login`, { data: { email, password: PASSWORD }, headers: { "x-forwarded-for": uniqueIp() } });
}

test.describe("database outage", () => {
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    cluster = await startOutageCluster();
    const port = await freePort();
    baseURL = `http://127.0.0.1:${port}`;
    const settings = test.info().config.webServer?.env ?? {};
    mkdirSync(path.join(ROOT, "test-results"), { recursive: true });
    const mailDir = mkdtempSync(path.join(ROOT, "test-results", "outage-mail-"));
    server = spawn(path.join(ROOT, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...settings,
        DATABASE_URL: cluster.url,
        FRONTEND_URL: baseURL,
        EMAIL_FILE_PATH: mailDir,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout?.on("data", (chunk: Buffer) => (serverLog += chunk.toString()));
    server.stderr?.on("data", (chunk: Buffer) => (serverLog += chunk.toString()));
    await within(60, "the outage server answers /api/health", async () => (await fetch(`${baseURL}/api/health`)).status === 200);
  });

  test.afterAll(async () => {
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server?.once("exit", resolve));
      server.kill("SIGTERM");
      const timer = setTimeout(() => server?.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
    await cluster?.stop();
  });

  test("while PostgreSQL is down the app answers 503 everywhere, and recovers without a restart once it is back", async ({ browser, playwright }) => {
    test.setTimeout(120_000);
    const api = await playwright.request.newContext();
    const member = await playwright.request.newContext();
    const page = await (await browser.newContext()).newPage();
    const anonymous = await (await browser.newContext()).newPage();
    const serverPid = server?.pid;

    // Up: healthy, and a verified account is signed in both through the API and in the browser.
    const healthy = await api.get(`${baseURL}/api/health`);
    expect(healthy.status()).toBe(200);
    expect(healthy.headers()["cache-control"]).toBe("no-store");
    expect(await healthy.json()).toEqual({ status: "ok", database: "ok" });
    const email = uniqueEmail();
    const registered = await api.post(`${baseURL}/api/users/register`, { data: { email, password: PASSWORD }, headers: { "x-forwarded-for": uniqueIp() } });
    expect(registered.status()).toBe(201);
    await onCluster((db) => db.query(`UPDATE users SET "isVerified" = true WHERE email = $1`, [email]));
    expect((await login(member, email)).status()).toBe(200);
    expect((await login(page.context().request, email)).status()).toBe(200);
    expect(await status(member, "/api/users/me")).toBe(200);

    // Twice: the server stops while the app holds open connections (their 'error' events arrive
    // first), and again once the pool has closed them all (the first request finds out itself).
    for (const moment of ["with connections open", "with the pool idle"]) {
      await test.step(`outage ${moment}`, async () => {
        if (moment === "with the pool idle") {
          await within(20, "the app's pool closes its idle connections", async () => (await appConnections()) === 0);
        }
        await cluster?.takeDown();

        // The first request is a signed-in page: the friendly page, with 503.
        await within(10, "a signed-in page shows the outage page", async () => (await page.goto(`${baseURL}/dashboard`))?.status() === 503);
        await expect(page.getByRole("heading", { level: 1, name: "We'll be right back" })).toBeVisible();
        await expect(page.getByText(/try again shortly/)).toBeVisible();
        await expect(page.getByRole("link", { name: "Try again" })).toBeVisible();

        // The health check says so within a few seconds.
        await within(5, "/api/health answers 503", async () => (await api.get(`${baseURL}/api/health`)).status() === 503);
        const degraded = await api.get(`${baseURL}/api/health`);
        expect(degraded.headers()["cache-control"]).toBe("no-store");
        expect(await degraded.json()).toEqual({ status: "degraded", database: "unreachable" });

        // The API: 503 JSON, never a 500, and never a 401 that would tell a signed-in client it was logged out.
        const refusedLogin = await login(api, email);
        expect(refusedLogin.status()).toBe(503);
        expect(refusedLogin.headers()["content-type"]).toMatch(/^application\/json/);
        expect(refusedLogin.headers()["retry-after"]).toBe("5");
        expect(await refusedLogin.json()).toEqual(UNAVAILABLE);
        const me = await member.get(`${baseURL}/api/users/me`);
        expect(me.status()).toBe(503);
        expect(await me.json()).toEqual(UNAVAILABLE);

        // Pages, signed in or not: the friendly page with 503, in the browser and to any client.
        const loginPage = await api.get(`${baseURL}/login`);
        expect(loginPage.status()).toBe(503);
        expect(loginPage.headers()["content-type"]).toMatch(/^text\/html/);
        expect(await loginPage.text()).toContain("please try again shortly");
        expect((await anonymous.goto(`${baseURL}/login`))?.status()).toBe(503);
        await expect(anonymous.getByRole("heading", { level: 1, name: "We'll be right back" })).toBeVisible();

        // The server lived through it.
        expect(server?.exitCode).toBeNull();

        await cluster?.bringBack();

        // Back within seconds, with the same server process: health, login, the old session, the pages.
        await within(10, "/api/health answers 200 again", async () => (await api.get(`${baseURL}/api/health`)).status() === 200);
        expect(await (await api.get(`${baseURL}/api/health`)).json()).toEqual({ status: "ok", database: "ok" });
        expect((await login(api, email)).status()).toBe(200);
        expect(await status(member, "/api/users/me")).toBe(200);
        expect((await page.goto(`${baseURL}/dashboard`))?.status()).toBe(200);
        await expect(page).toHaveURL(`${baseURL}/dashboard`);
        await expect(page.getByRole("heading", { level: 1, name: /^Hi, / })).toBeVisible();
        expect((await anonymous.goto(`${baseURL}/login`))?.status()).toBe(200);
        await expect(anonymous.getByRole("button", { name: "Log in" })).toBeVisible();
      });
    }
    expect(server?.exitCode).toBeNull();
    expect(server?.pid).toBe(serverPid);
    expect(serverLog).not.toMatch(/uncaught|unhandled/i);
  });
});
