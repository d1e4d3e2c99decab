/**
 * First-load JS of every page route against a Next.js hello-world, in the same run (issue 13).
 *
 * The floor: a hello-world App Router app (one layout, one page, nothing beyond next, react and
 * react-dom) is written to a temporary folder whose node_modules is a symlink to ours, so it is
 * built by exactly our Next.js (16.4.6) and React; its `/` is measured like our routes.
 *
 * The figure: our production build (the harness's `distDir`, else a fresh `next build` into
 * `.next-bench`) runs under `next start` on the run's database. The bench creates, through the
 * JSON API only, one visitor of each kind a page can be rendered for: signed out, a mentee matched
 * with a mentor (chat), a mentee with a pending request and suggestions, that mentor (roster and an
 * incoming request), an account inside its deletion grace period and an admin. Every page route of
 * the build (`app-path-routes-manifest.json`, so pages added later are measured too) is fetched
 * once per visitor; a visitor the page redirects is skipped, and the route's figure is the largest
 * among the visitors it renders for. `/profile/edit` is measured a second time with Cloudinary
 * settings (a second `next start` of the same build; nothing is uploaded), since that mode renders
 * another picture form.
 *
 * What counts: every script a first visit downloads according to the HTML Next renders — each
 * `<script src>` (the `noModule` polyfills included, as the 170 kB floor includes them) and
 * each `<link rel="preload"|"modulepreload" as="script">` — fetched from the server, each file
 * once, gzipped at level 9 and summed, in kB of 1024 bytes. Next writes a page's client chunks
 * into its HTML, so code split off with `next/dynamic` or `import()` and loaded only on use is not
 * counted, which is the point. The inline flight data (`self.__next_f.push`) is the page's content,
 * not code, and is not counted; nor are scripts of other origins (a CDN widget), which the notes
 * list since the bench runs offline. The notes give the figure without the polyfills too, which is
 * what a modern browser downloads.
 *
 * Target: every route ≤ 1.3× the hello-world. `tsx scripts/with-db.ts --fresh -- tsx
 * bench/first-load-js.ts [--dist-dir=.next-x]` runs this module alone.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { buildApp, freePort, startServer as startApp, type RunningServer } from "./lib/next-server";
import { row, type BenchOptions, type BenchRow } from "./lib/types";

export interface FirstLoadJsOptions extends BenchOptions {
  /** Reuse a hello-world folder built earlier (development of this bench only). */
  helloDir?: string;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const TARGET = 1.3;
const KB = 1024;
const PASSWORD = "bench first-load js passphrase";
const run = promisify(execFile);

// ---------------------------------------------------------------------------------------------
// Builds and servers

/** Runs `next <args>` in `cwd`; on failure the error carries the end of its output. */
async function next(cwd: string, args: string[]) {
  try {
    await run(process.execPath, [NEXT_BIN, ...args], { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const output = error && typeof error === "object" && "stdout" in error ? `${String(error.stdout)}\n${String((error as { stderr?: unknown }).stderr)}` : String(error);
    throw new Error(`next ${args.join(" ")} failed in ${cwd}:\n${output.split("\n").slice(-40).join("\n")}`);
  }
}

/** The deepest folder containing both paths: Turbopack only reads files under its root. */
function commonAncestor(a: string, b: string): string {
  const left = a.split(path.sep);
  const right = b.split(path.sep);
  let i = 0;
  while (i < left.length && left[i] === right[i]) i++;
  return left.slice(0, i).join(path.sep) || path.sep;
}

/** A one-page App Router app built with our own next/react/react-dom. */
async function buildHelloWorld(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "bench-hello-world-"));
  await mkdir(path.join(dir, "app"));
  await symlink(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  await writeFile(path.join(dir, "package.json"), JSON.stringify({ name: "hello-world", private: true, type: "module" }));
  // The symlinked node_modules resolves outside the folder; the root must hold both.
  const root = commonAncestor(dir, ROOT);
  await writeFile(path.join(dir, "next.config.mjs"), `export default { turbopack: { root: ${JSON.stringify(root)} } };\n`);
  await writeFile(
    path.join(dir, "app", "layout.jsx"),
    `export const metadata = { title: "Hello" };\nexport default function RootLayout({ children }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n`,
  );
  await writeFile(path.join(dir, "app", "page.jsx"), `export default function Page() {\n  return <h1>Hello, world!</h1>;\n}\n`);
  await next(dir, ["build"]);
  return dir;
}

interface Server {
  url: string;
  stop(): Promise<void>;
}

/** `next start` of the hello-world folder (bench/lib/next-server.ts starts this app). */
async function startHello(cwd: string): Promise<Server> {
  const readyPath = "/";
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}) in ${cwd}:\n${stderr}`);
    const ok = await fetch(url + readyPath).then((response) => response.ok, () => false);
    if (ok) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await stop();
  throw new Error(`next start did not answer on ${url}${readyPath} within 90 s:\n${stderr}`);
}

// ---------------------------------------------------------------------------------------------
// What a first load downloads

interface FirstLoad {
  /** gzip bytes of every script of our origin, the polyfills included. */
  bytes: number;
  /** gzip bytes without the `noModule` scripts a modern browser skips. */
  modernBytes: number;
  scripts: number;
  /** Scripts of other origins (e.g. a CDN widget): listed, not counted, since the bench runs offline. */
  external: string[];
}

const attributes = (tag: string) => Object.fromEntries([...tag.matchAll(/([a-zA-Z-]+)(?:="([^"]*)")?/g)].slice(1).map((m) => [m[1]?.toLowerCase() ?? "", m[2] ?? ""]));

/** The scripts a page's HTML makes the browser download: script src and script preloads. */
function scriptsOf(html: string): { src: string; noModule: boolean }[] {
  const found = new Map<string, boolean>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const attrs = attributes(tag);
    if (attrs.src) found.set(attrs.src, (found.get(attrs.src) ?? true) && "nomodule" in attrs);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const attrs = attributes(tag);
    const rel = (attrs.rel ?? "").split(/\s+/);
    if (attrs.href && ((rel.includes("preload") && attrs.as === "script") || rel.includes("modulepreload"))) found.set(attrs.href, false);
  }
  return [...found].map(([src, noModule]) => ({ src, noModule }));
}

function sizer(baseUrl: string) {
  const cache = new Map<string, Promise<number>>();
  const gzipped = (src: string) => {
    const url = new URL(src.replaceAll("&amp;", "&"), baseUrl).href;
    let size = cache.get(url);
    if (!size) {
      size = fetch(url).then(async (response) => {
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        return gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length;
      });
      cache.set(url, size);
    }
    return size;
  };
  return async (html: string): Promise<FirstLoad> => {
    const all = scriptsOf(html);
    const own = (src: string) => new URL(src.replaceAll("&amp;", "&"), baseUrl).origin === new URL(baseUrl).origin;
    const scripts = all.filter((script) => own(script.src));
    const sizes = await Promise.all(scripts.map(async (script) => ({ ...script, size: await gzipped(script.src) })));
    return {
      bytes: sizes.reduce((sum, script) => sum + script.size, 0),
      modernBytes: sizes.reduce((sum, script) => sum + (script.noModule ? 0 : script.size), 0),
      scripts: sizes.length,
      external: all.filter((script) => !own(script.src)).map((script) => script.src),
    };
  };
}

/** The page's HTML when it renders for this cookie (200), or null when it redirects or fails. */
async function pageHtml(url: string, cookie: string | undefined): Promise<string | null> {
  const response = await fetch(url, { redirect: "manual", headers: cookie ? { cookie } : {} });
  if (response.status !== 200 || !(response.headers.get("content-type") ?? "").includes("text/html")) {
    await response.body?.cancel();
    return null;
  }
  return response.text();
}

// ---------------------------------------------------------------------------------------------
// Visitors, made through the JSON API

interface Visitor {
  name: string;
  cookie?: string;
  /** Values of dynamic segments for this visitor, e.g. the chat partner's user id. */
  params: Record<string, string>;
}

async function api(baseUrl: string, method: string, pathname: string, body?: unknown, cookie?: string) {
  const response = await fetch(baseUrl + pathname, {
    method,
    headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${pathname} answered ${response.status}: ${text.slice(0, 300)}`);
  return { json: JSON.parse(text) as Record<string, unknown>, cookie: response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ") };
}

const login = async (baseUrl: string, email: string, password = PASSWORD) => (await api(baseUrl, "POST", "/api/users/login", { email, password })).cookie;

async function account(baseUrl: string, role: "MENTEE" | "MENTOR", label: string) {
  const email = `bench-${label}-${randomUUID().slice(0, 8)}@ucla.edu`;
  const registered = await api(baseUrl, "POST", "/api/users/register", { email, password: PASSWORD, role });
  const cookie = await login(baseUrl, email);
  const survey = {
    firstName: label, lastName: "Bench", year: role === "MENTOR" ? 3 : 1, major: ["Computer Science"], minor: ["Music"],
    hobbies: "climbing, chess", clubs: "ACM", goals: "Find my way around research", otherBackground: "", firstgen: true, transfer: false,
    international: false, commuter: true, outofstate: false,
  };
  await api(baseUrl, "POST", "/api/users/survey", survey, cookie);
  return { email, cookie, id: String(registered.json.userID) };
}

async function visitors(baseUrl: string, databaseUrl: string): Promise<{ visitors: Visitor[]; notes: string[] }> {
  const notes: string[] = [];
  const mentor = await account(baseUrl, "MENTOR", "mentor");
  await account(baseUrl, "MENTOR", "other-mentor");
  const matched = await account(baseUrl, "MENTEE", "matched");
  const waiting = await account(baseUrl, "MENTEE", "waiting");
  const first = await api(baseUrl, "POST", "/api/matching/requests", { mentor_email: mentor.email, message: "Hi!" }, matched.cookie);
  const requestId = String((first.json.request as { id: unknown }).id);
  await api(baseUrl, "POST", `/api/matching/requests/${requestId}/accept`, undefined, mentor.cookie);
  await api(baseUrl, "POST", "/api/chat/" + encodeURIComponent(mentor.email), { body: "Hello from the bench" }, matched.cookie);
  await api(baseUrl, "POST", "/api/matching/requests", { mentor_email: mentor.email, message: "Could you mentor me?" }, waiting.cookie);

  const deleting = await account(baseUrl, "MENTEE", "deleting");
  await api(baseUrl, "POST", "/api/users/delete-account", { confirmation: deleting.email }, deleting.cookie);
  const deletingCookie = await login(baseUrl, deleting.email);

  const list: Visitor[] = [
    { name: "signed out", params: { token: "bench-token" } },
    { name: "mentee (matched)", cookie: matched.cookie, params: { partner: mentor.id, token: "bench-token" } },
    { name: "mentee (requesting)", cookie: waiting.cookie, params: { token: "bench-token" } },
    { name: "mentor", cookie: mentor.cookie, params: { partner: matched.id, token: "bench-token" } },
    { name: "deleting", cookie: deletingCookie, params: { token: "bench-token" } },
  ];

  // Admins are made only by the CLI (lib/users/create-admin.ts), never through the API.
  const adminEmail = `bench-admin-${randomUUID().slice(0, 8)}@ucla.edu`;
  try {
    await run(process.execPath, [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/create-admin.ts", adminEmail], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, ADMIN_PASSWORD: PASSWORD },
    });
    // The console's user page shows the mentor: roster, requests and the action dialogs; the
    // matching page a draft of the waiting mentee (its pin/forbid forms and publish dialog).
    const adminCookie = await login(baseUrl, adminEmail);
    const runId = await api(baseUrl, "POST", "/api/admin/matching/runs", {}, adminCookie).then(
      (draft) => String((draft.json.run as { id: unknown }).id),
      (error: unknown) => {
        notes.push(`no cohort draft for the admin visitor (${error instanceof Error ? error.message : String(error)})`);
        return null;
      },
    );
    list.push({ name: "admin", cookie: adminCookie, params: { token: "bench-token", userID: mentor.id, ...(runId ? { runId } : {}) } });
  } catch (error) {
    notes.push(`no admin visitor (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`);
  }
  return { visitors: list, notes };
}

// ---------------------------------------------------------------------------------------------
// The measurement

interface RouteFigure {
  route: string;
  load: FirstLoad;
  visitor: string;
}

/** The page routes of a build, e.g. `/chat/[partner]`, without Next's own error pages. */
async function pageRoutes(distDir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(path.join(distDir, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  return Object.entries(manifest)
    .filter(([entry, route]) => entry.endsWith("/page") && !route.startsWith("/_"))
    .map(([, route]) => route)
    .sort();
}

const fill = (route: string, params: Record<string, string>) => {
  let missing = false;
  const filled = route.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) missing = true;
    return encodeURIComponent(value ?? "");
  });
  return missing ? null : filled;
};

async function measureRoutes(server: Server | RunningServer, routes: string[], people: Visitor[]): Promise<{ figures: RouteFigure[]; unrendered: string[] }> {
  const size = sizer(server.url);
  const figures: RouteFigure[] = [];
  const unrendered: string[] = [];
  for (const route of routes) {
    let worst: RouteFigure | null = null;
    for (const visitor of people) {
      const pathname = fill(route, visitor.params);
      if (!pathname) continue;
      const html = await pageHtml(server.url + pathname, visitor.cookie);
      if (html === null) continue;
      const load = await size(html);
      if (!worst || load.bytes > worst.load.bytes) worst = { route, load, visitor: visitor.name };
    }
    if (worst) figures.push(worst);
    else unrendered.push(route);
  }
  return { figures, unrendered };
}

const kb = (bytes: number) => Math.round((bytes / KB) * 10) / 10;

export async function measure(options: FirstLoadJsOptions): Promise<BenchRow[]> {
  // The floor first: a hello-world built with our next/react/react-dom.
  const helloDir = options.helloDir ?? (await buildHelloWorld());
  let floor: FirstLoad;
  try {
    const hello = await startHello(helloDir);
    try {
      const html = await pageHtml(hello.url + "/", undefined);
      if (html === null) throw new Error("the hello-world page did not render");
      floor = await sizer(hello.url)(html);
    } finally {
      await hello.stop();
    }
  } finally {
    if (!options.helloDir) await rm(helloDir, { recursive: true, force: true });
  }

  const distDir = options.distDir ?? ".next-bench";
  if (!options.distDir) await buildApp(distDir, path.join(ROOT, "bench", "out", "first-load-js-build.log"));
  const uploads = await mkdtemp(path.join(tmpdir(), "bench-uploads-"));
  // One secret for both servers: the visitors' session cookies are signed once, by the first.
  const secret = randomUUID() + randomUUID();
  const env = (port: "app" | "cloudinary"): Record<string, string> => ({
    AUTH_SECRET: secret,
    UPLOAD_DIR: uploads,
    BCRYPT_ROUNDS: "4",
    REQUESTS_MAX_PER_IP: "10000",
    ...(port === "cloudinary" ? { CLOUDINARY_CLOUD_NAME: "bench-cloud", CLOUDINARY_API_KEY: "123456789012345", CLOUDINARY_API_SECRET: "bench-secret" } : {}),
  });

  const routes = await pageRoutes(path.resolve(ROOT, distDir));
  const notes: string[] = [];
  let figures: RouteFigure[] = [];
  let people: Visitor[] = [];
  try {
    const app = await startApp({ distDir, databaseUrl: options.databaseUrl, env: env("app") });
    try {
      const made = await visitors(app.url, options.databaseUrl);
      people = made.visitors;
      notes.push(...made.notes);
      const measured = await measureRoutes(app, routes, people);
      figures = measured.figures;
      if (measured.unrendered.length > 0) notes.push(`not rendered for any visitor: ${measured.unrendered.join(", ")}`);
    } finally {
      await app.stop();
    }
    // The same build in Cloudinary mode: the picture card is the upload widget's.
    const cloudinary = await startApp({ distDir, databaseUrl: options.databaseUrl, env: env("cloudinary") });
    try {
      const editor = people.find((visitor) => visitor.name === "mentee (matched)");
      const measured = await measureRoutes(cloudinary, routes.filter((route) => route === "/profile/edit"), editor ? [editor] : []);
      figures.push(...measured.figures.map((figure) => ({ ...figure, route: `${figure.route} (Cloudinary mode)` })));
      if (measured.unrendered.length > 0) notes.push("/profile/edit did not render in Cloudinary mode");
    } finally {
      await cloudinary.stop();
    }
  } finally {
    await rm(uploads, { recursive: true, force: true });
  }

  const floorNote = `hello-world: ${floor.scripts} scripts, ${kb(floor.modernBytes)} kB without the noModule polyfills`;
  return figures.map(({ route, load, visitor }) =>
    row(
      {
        path: `First-load JS of ${route}`,
        figure: kb(load.bytes),
        floor: kb(floor.bytes),
        unit: "kB gzip",
        floorPath: "Next 16.4.6 hello-world /, built in the same run",
        notes: [
          `worst for: ${visitor}; ${load.scripts} scripts; without the noModule polyfills ${kb(load.modernBytes)} kB (${(load.modernBytes / floor.modernBytes).toFixed(2)}×)`,
          ...(load.external.length > 0 ? [`also loads, not counted: ${load.external.join(", ")}`] : []),
          floorNote,
          ...notes,
        ].join("; "),
      },
      { atMost: TARGET },
    ),
  );
}

// `tsx bench/first-load-js.ts [--quick] [--dist-dir=.next-x] [--hello-dir=/tmp/…]` on its own.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const flag = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1];
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: run through scripts/with-db.ts --fresh");
  const rows = await measure({ quick: process.argv.includes("--quick"), databaseUrl, distDir: flag("dist-dir"), helloDir: flag("hello-dir") });
  for (const r of rows) {
    console.log(`${r.pass ? "PASS" : "FAIL"}  ${r.path.padEnd(48)} ${String(r.figure).padStart(6)} ${r.unit} / ${r.floor} = ${r.ratio.toFixed(2)}× (${r.target})  ${r.notes?.split(";")[0] ?? ""}`);
  }
  for (const r of rows.filter((candidate) => candidate.notes?.includes("not counted"))) console.log(`${r.path}: ${r.notes?.split("; ").find((note) => note.includes("not counted"))}`);
  console.log(rows[0]?.notes?.split("; ").filter((note) => note.startsWith("hello-world") || note.startsWith("no admin") || note.startsWith("not rendered") || note.startsWith("/profile/edit")).join("\n") ?? "");
}
