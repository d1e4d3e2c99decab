/**
 * The production build and server that bench/ measures: `next build` into its own folder
 * (NEXT_DIST_DIR, so it never disturbs `.next` or an e2e build) and `next start` on a free port of
 * 127.0.0.1 with the run's database. Every wait is bounded; the server is stopped by its pid.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

/** What `next build` reads; tsconfig.json is left out because the build itself rewrites it. */
const SOURCES = ["app", "components", "lib", "public", "auth.ts", "proxy.ts", "instrumentation.ts", "next.config.mjs", "package-lock.json", "postcss.config.mjs", "tailwind.config.ts"];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

/** Whether `distDir` holds a complete build newer than every source file. */
export function buildIsFresh(distDir: string): boolean {
  const marker = path.join(distDir, "BUILD_ID");
  return existsSync(marker) && statSync(marker).mtimeMs > Math.max(...SOURCES.map(newestMtime));
}

/** Runs `next build` into `distDir`, its output into `logFile`; rejects (with the log's path) when it fails or passes `timeoutMs`. */
export async function buildApp(distDir: string, logFile: string, timeoutMs = 20 * 60_000): Promise<void> {
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [NEXT_BIN, "build"], { env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const code = await exitOf(child, timeoutMs);
  log.end();
  if (code !== 0) throw new Error(`next build failed (${code === null ? "timed out" : `exit ${code}`}); see ${logFile}`);
}

async function exitOf(child: ChildProcess, timeoutMs: number): Promise<number | null> {
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once("exit", (exitCode) => resolve(exitCode)));
  clearTimeout(timer);
  return code;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface RunningServer {
  url: string;
  /** The server's last lines of output (for a failure message). */
  tail(): string;
  stop(): Promise<void>;
}

/**
 * `next start` of `distDir` on 127.0.0.1 with `databaseUrl`, ready once /api/health answers 200.
 * Production settings: a random AUTH_SECRET, SEND_EMAILS=false (no mail transport needed), and
 * whatever else the caller's environment or `env` sets (e.g. BCRYPT_ROUNDS).
 */
export async function startServer({ distDir, databaseUrl, env = {} }: { distDir: string; databaseUrl: string; env?: Record<string, string> }): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      AUTH_TRUST_HOST: "true",
      FRONTEND_URL: url,
      SEND_EMAILS: "false",
      PORT: String(port),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const server: RunningServer = {
    url,
    tail: () => lines.join("\n"),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      if ((await exitOf(child, 10_000)) === null) child.kill("SIGKILL");
    },
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${server.tail()}`);
    const healthy = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) }).then((response) => response.ok, () => false);
    if (healthy) return server;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();
  throw new Error(`next start did not answer /api/health within 90 s:\n${server.tail()}`);
}
