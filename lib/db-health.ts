/**
 * The app's answer to a database outage (shared/API.md, Health): a `SELECT 1` check for
 * `GET /api/health`, and `outageResponse` for proxy.ts, which answers 503 (JSON under /api/, a
 * "try again shortly" page elsewhere) while PostgreSQL is down so that no page or route runs into
 * it, and steps aside by itself once the database answers again.
 *
 * What counts as "down" and the process-wide marker are in lib/db-status.ts; lib/db.ts sets and
 * clears the marker from every query. Pages and route handlers that fail before the proxy knows
 * still answer sensibly: errorResponse (app/api/_lib/handler.ts) turns the error into a 503, and
 * app/error.tsx shows the same advice.
 */
import { prisma } from "./db";
import { plainPage } from "./http/plain-page";
import { databaseRecentlyDown, markDatabaseDown, markDatabaseUp } from "./db-status";

export { databaseRecentlyDown, isDatabaseUnavailable } from "./db-status";

/** The JSON error of every API call while the database is down. */
export const UNAVAILABLE_MESSAGE = "The service is temporarily unavailable. Please try again shortly.";
/** Seconds a client should wait before trying again (Retry-After). */
export const RETRY_AFTER_SECONDS = 5;

const CHECK_TIMEOUT_MS = 2_000;
/** While the database is marked down, the proxy checks it at most this often. */
const RECHECK_INTERVAL_MS = 1_000;

/**
 * True when `SELECT 1` answers within two seconds, through the app's own pool (so "ok" means the
 * app can query, not merely that a port is open). Any failure or a timeout marks the database
 * down; a success clears the mark.
 */
export async function checkDatabase(): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS);
  });
  const answered = prisma.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  try {
    const up = await Promise.race([answered, timedOut]);
    if (up) markDatabaseUp();
    else markDatabaseDown();
    return up;
  } finally {
    clearTimeout(timer);
  }
}

/** The body of `GET /api/health` (and of the proxy's answer to it during an outage). */
export const healthBody = (up: boolean) => (up ? { status: "ok", database: "ok" } : { status: "degraded", database: "unreachable" });

type Recheck = { startedAt: number; settled: boolean; up: Promise<boolean> };
const shared = globalThis as unknown as { bruinbridgeRecheck?: Recheck };

/** One check at a time, at most once per RECHECK_INTERVAL_MS, shared by every request. */
function recheck(): Promise<boolean> {
  const last = shared.bruinbridgeRecheck;
  if (last && (!last.settled || Date.now() - last.startedAt < RECHECK_INTERVAL_MS)) return last.up;
  const next: Recheck = { startedAt: Date.now(), settled: false, up: Promise.resolve(false) };
  next.up = checkDatabase().finally(() => {
    next.settled = true;
  });
  shared.bruinbridgeRecheck = next;
  return next.up;
}

export type OutageResponseOptions = {
  /** The CSP nonce of this request, put on the page's `<style>` when the proxy sets a nonce-based policy. */
  nonce?: string;
};

/**
 * For proxy.ts, before anything else: null (go on) unless the database was recently seen down;
 * then the database is checked again (at most once a second for the whole process) and, if it is
 * still down, the request is answered here with a 503. Without the mark there is no I/O at all.
 */
export async function outageResponse(request: Request, options: OutageResponseOptions = {}): Promise<Response | null> {
  if (!databaseRecentlyDown()) return null;
  const { pathname } = new URL(request.url);
  // Build assets never need the database; the outage page itself needs none of them either.
  if (pathname.startsWith("/_next/")) return null;
  if (await recheck()) return null;
  const headers = { "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) };
  if (pathname === "/api/health") return Response.json(healthBody(false), { status: 503, headers });
  if (pathname === "/api" || pathname.startsWith("/api/")) return Response.json({ error: UNAVAILABLE_MESSAGE }, { status: 503, headers });
  return new Response(outagePage(options.nonce), { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}

/**
 * The app's layout needs the database (the header reads the session), so it cannot be rendered
 * now: a small self-contained page instead. "Try again" reloads the address the visitor asked for.
 */
const outagePage = (nonce?: string) =>
  plainPage({
    title: "We'll be right back",
    message: "BruinBridge cannot reach its database at the moment, so this page cannot be shown. This usually lasts only a few moments: please try again shortly.",
    link: { href: "", label: "Try again" },
    nonce,
  });
