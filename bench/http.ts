/**
 * The HTTP rows of issue 13, with autocannon against `next start` of the production build on its
 * own port of 127.0.0.1 and the run's database:
 * 1. `GET /api/users/me` with a session cookie, 20 clients, against the floor `GET /api/users/me`
 *    without one (401: routing, proxy and handler, no database) — target ≥ 0.75×;
 * 2. the same /me load while 10 clients log in continuously (POST /api/users/login, right password,
 *    at the server's BCRYPT_ROUNDS: the environment's, else the default 12), against /me alone —
 *    throughput ≥ 0.5× and median latency ≤ 2×;
 * 3. one login at a time (nothing else running) against a bare bcryptjs compare at the same rounds
 *    in this process, interleaved so both see the same machine — target ≤ 1.15×.
 * Floor and figure alternate in two halves each, after a short warm-up of both. Every load is bounded
 * by its duration (`--quick`: 4 s, else 12 s), each request by a timeout; nothing outside
 * 127.0.0.1 is contacted.
 */
import { createHash } from "node:crypto";
import { performance } from "node:perf_hooks";
import autocannon, { type Result } from "autocannon";
import bcrypt from "bcryptjs";
import { prisma } from "../lib/db";
import { closePasswordPool, hashPassword } from "../lib/users/password";
import { startServer } from "./lib/next-server";
import { row, type BenchRow, type Measure } from "./lib/types";

const PASSWORD = "bench password of issue 13";
const READERS = 20;
const LOGIN_CLIENTS = 10;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
/** Answers per second with the expected status (the floor's is 401). */
const rps = (result: Result, status = 200) => (result.statusCodeStats?.[String(status)]?.count ?? 0) / result.duration;
/** Two runs as one: counts and durations add up; the latency figures are the runs' means. */
function merge(runs: Result[]): Result {
  const [first, ...rest] = runs as [Result, ...Result[]];
  const mean = (pick: (result: Result) => number) => runs.reduce((sum, result) => sum + pick(result), 0) / runs.length;
  const statusCodeStats: Result["statusCodeStats"] = {};
  for (const result of runs) for (const [status, { count }] of Object.entries(result.statusCodeStats ?? {})) statusCodeStats[status] = { count: (statusCodeStats[status]?.count ?? 0) + count };
  return {
    ...first,
    duration: runs.reduce((sum, result) => sum + result.duration, 0),
    "2xx": rest.reduce((sum, result) => sum + result["2xx"], first["2xx"]),
    latency: { ...first.latency, p50: mean((result) => result.latency.p50), p99: mean((result) => result.latency.p99) },
    statusCodeStats,
  };
}

const statuses = (result: Result) =>
  Object.entries(result.statusCodeStats ?? {})
    .map(([status, { count }]) => `${count}×${status}`)
    .join(", ");

export const measure: Measure = async ({ quick, databaseUrl, distDir = ".next-bench" }) => {
  const rounds = Number(process.env.BCRYPT_ROUNDS ?? 12);
  const duration = quick ? 4 : 12;
  const loginSamples = quick ? 3 : 7;

  const run = Date.now().toString(36);
  const password = await hashPassword(PASSWORD, rounds);
  await closePasswordPool();
  const emails = Array.from({ length: LOGIN_CLIENTS + 1 }, (_, i) => `bench-http-${run}-${i}@ucla.edu`);
  await prisma.user.createMany({ data: emails.map((email) => ({ email, password, isVerified: true, firstName: "Bench", year: 2, major: ["Physics"] })) });
  const [reader, ...loggers] = emails as [string, ...string[]];

  const server = await startServer({ distDir, databaseUrl, env: { BCRYPT_ROUNDS: String(rounds) } });
  try {
    const me = `${server.url}/api/users/me`;
    const loginUrl = `${server.url}/api/users/login`;
    const body = (email: string) => JSON.stringify({ email, password: PASSWORD });
    const login = async (email: string) => {
      const response = await fetch(loginUrl, { method: "POST", headers: { "content-type": "application/json" }, body: body(email), signal: AbortSignal.timeout(60_000) });
      if (response.status !== 200) throw new Error(`login answered ${response.status}: ${await response.text()}\n${server.tail()}`);
      return response;
    };
    const cookie = (await login(reader)).headers.getSetCookie().map((value) => value.split(";")[0]).find((value) => value?.includes("session-token"));
    if (!cookie) throw new Error("login set no session cookie");

    const load = (headers: Record<string, string>, seconds = duration) => autocannon({ url: me, connections: READERS, duration: seconds, timeout: 30, headers });
    const signedIn = { cookie };
    await load({}, 2);
    await load(signedIn, 2);

    // Floor and figure alternate (two halves each), so a drift of the machine's load hits both alike.
    const half = Math.max(2, Math.round(duration / 2));
    const floorRuns = [await load({}, half)];
    const aloneRuns = [await load(signedIn, half)];
    floorRuns.push(await load({}, half));
    aloneRuns.push(await load(signedIn, half));
    const [floor, alone] = [merge(floorRuns), merge(aloneRuns)];
    // The logins start first and end after the /me load, so it runs entirely under them.
    let cursor = 0;
    const logging = autocannon({
      url: loginUrl,
      method: "POST",
      connections: LOGIN_CLIENTS,
      duration: duration + 3,
      timeout: 60,
      headers: { "content-type": "application/json" },
      setupClient: (client) => client.setBody(body(loggers[cursor++ % loggers.length] as string)),
    });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const during = await load(signedIn);
    const logins = await logging;

    // One login at a time against a bare compare, alternating so both see the same machine.
    const hash = bcrypt.hashSync(createHash("sha256").update(PASSWORD, "utf8").digest("base64"), rounds);
    const preHashed = createHash("sha256").update(PASSWORD, "utf8").digest("base64");
    const loginMs: number[] = [];
    const compareMs: number[] = [];
    await login(reader);
    for (let i = 0; i < loginSamples; i++) {
      let start = performance.now();
      bcrypt.compareSync(preHashed, hash);
      compareMs.push(performance.now() - start);
      start = performance.now();
      await login(reader);
      loginMs.push(performance.now() - start);
    }

    const rows: BenchRow[] = [
      row(
        {
          path: `GET /api/users/me with a session, ${READERS} clients`,
          figure: rps(alone),
          floor: rps(floor, 401),
          unit: "req/s",
          floorPath: `GET /api/users/me without a session (401, no database), ${READERS} clients`,
          notes: `${duration} s each, alternating; median ${alone.latency.p50.toFixed(0)} ms vs ${floor.latency.p50.toFixed(0)} ms; p99 ${alone.latency.p99.toFixed(0)} ms; ${statuses(alone)} / floor ${statuses(floor)}`,
        },
        { atLeast: 0.75 },
      ),
      row(
        {
          path: `same, while ${LOGIN_CLIENTS} clients log in continuously (bcrypt ${rounds} rounds): throughput`,
          figure: rps(during),
          floor: rps(alone),
          unit: "req/s",
          floorPath: "GET /api/users/me with a session alone, same run",
          notes: `${logins["2xx"]} logins in ${logins.duration.toFixed(0)} s (${statuses(logins)}), login median ${logins.latency.p50} ms; /me ${statuses(during)}`,
        },
        { atLeast: 0.5 },
      ),
      row(
        {
          path: `same, while ${LOGIN_CLIENTS} clients log in continuously: median latency`,
          figure: during.latency.p50,
          floor: alone.latency.p50,
          unit: "ms",
          floorPath: "median latency of GET /api/users/me with a session alone, same run",
          notes: `p99 ${during.latency.p99.toFixed(0)} ms vs ${alone.latency.p99.toFixed(0)} ms alone`,
        },
        { atMost: 2 },
      ),
      row(
        {
          path: `POST /api/users/login, one at a time (bcrypt ${rounds} rounds)`,
          figure: median(loginMs),
          floor: median(compareMs),
          unit: "ms",
          floorPath: `bcryptjs compareSync at ${rounds} rounds in the bench process, alternating with the logins`,
          notes: `median of ${loginSamples}; logins ${loginMs.map((ms) => ms.toFixed(0)).join(", ")} ms; compares ${compareMs.map((ms) => ms.toFixed(0)).join(", ")} ms`,
        },
        { atMost: 1.15 },
      ),
    ];
    return rows;
  } finally {
    await server.stop();
  }
};
