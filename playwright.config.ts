import { defineConfig, devices } from "@playwright/test";
import { E2E_MAIL_DIR } from "./e2e/support/paths";

/**
 * End-to-end tests in Chromium against the production build (`next build` runs first in
 * `npm run test:e2e`). scripts/with-db.ts provides DATABASE_URL; the server gets its own settings.
 * Playwright cannot download browsers here, so Debian's Chromium is used (CHROMIUM_PATH to change).
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  // Per port, so two runs side by side (E2E_PORT) do not clear each other's traces.
  outputDir: `test-results/artifacts-${port}`,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /(responsive|cron|outage|api-admin-matching|cohort-matching)\.spec\.ts/ },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, testMatch: /responsive\.spec\.ts/ },
    // A cohort matching run covers (and a publish matches) every waiting mentee of the database, so
    // its specs run once the others are done, one after the other.
    { name: "cohort-api", use: { ...devices["Desktop Chrome"], channel: undefined }, testMatch: /api-admin-matching\.spec\.ts/, fullyParallel: false, dependencies: ["desktop", "phone"] },
    { name: "cohort", use: { ...devices["Desktop Chrome"], channel: undefined }, testMatch: /cohort-matching\.spec\.ts/, fullyParallel: false, dependencies: ["cohort-api"] },
    // The purge deletes every expired account, so it runs once the other specs are done (cohort
    // runs included: their 409 test briefly deactivates every waiting mentee).
    { name: "cron", testMatch: /cron\.spec\.ts/, dependencies: ["desktop", "phone", "cohort"] },
    // Stops and starts PostgreSQL: its own cluster and its own `next start`, never the shared ones.
    { name: "outage", use: { ...devices["Desktop Chrome"], channel: undefined }, testMatch: /outage\.spec\.ts/ },
  ],
  webServer: {
    command: `next start -p ${port} -H 127.0.0.1`,
    url: baseURL,
    timeout: 60_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-that-is-long-enough-0123456789",
      AUTH_TRUST_HOST: "true",
      FRONTEND_URL: baseURL,
      EMAIL_FILE_PATH: E2E_MAIL_DIR,
      UPLOAD_DIR: "test-results/uploads",
      BCRYPT_ROUNDS: "4",
      CRON_SECRET: "e2e-cron-secret",
      // Browser specs all come from 127.0.0.1; API specs play a reverse proxy in front of the
      // server and append the client address they "saw" to X-Forwarded-For (one trusted hop).
      REQUESTS_MAX_PER_IP: "100",
      TRUSTED_PROXY_HOPS: "1",
    },
  },
});
