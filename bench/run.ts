/**
 * `npm run bench [-- --quick]` (issue 13): on the fresh database that scripts/with-db.ts started,
 * builds the production app once (into .next-bench), runs each benchmark module that exists, one
 * after another, and prints ONE table — path, figure, floor, ratio, target, PASS/FAIL — which it
 * also writes to bench/out/latest.json. Every floor is measured in the same run as its figure, so
 * a verdict is a ratio that does not depend on the machine (or, where an issue states its target as
 * a number, e.g. "renders in under a second", an absolute limit in the row's unit).
 *
 * It is a benchmark, not a test: a FAIL is reported, never an exit code (only a broken harness
 * exits non-zero), and `npm test` does not run it. Budget: ~10 minutes on 2 cores; `--quick`
 * (smaller data, shorter loads, and a build reused when it is newer than the sources) ~2 minutes.
 *
 * BENCH_ONLY=<name>[,<name>…] runs only those modules (names as in MODULES, e.g.
 * `BENCH_ONLY=draft-page`), to check one benchmark without the whole run; an unknown name stops it.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { buildApp, buildIsFresh } from "./lib/next-server";
import type { BenchOptions, BenchRow, Measure } from "./lib/types";

/** The modules, in the order they run (the issue's table order). */
const ALL_MODULES = ["http", "purge", "suggestions", "first-load-js", "draft-page"];
const only = (process.env.BENCH_ONLY ?? "").split(",").map((name) => name.trim()).filter(Boolean);
const unknown = only.filter((name) => !ALL_MODULES.includes(name));
if (unknown.length > 0) {
  console.error(`BENCH_ONLY names no module: ${unknown.join(", ")} (modules: ${ALL_MODULES.join(", ")})`);
  process.exit(2);
}
const MODULES = only.length > 0 ? ALL_MODULES.filter((name) => only.includes(name)) : ALL_MODULES;
/** Where the build goes; BENCH_DIST_DIR reuses another build folder of this tree (e.g. an e2e build). */
const DIST_DIR = process.env.BENCH_DIST_DIR || ".next-bench";
const OUT_DIR = path.resolve("bench/out");

const quick = process.argv.includes("--quick");
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("bench/run.ts needs DATABASE_URL: run it as `npm run bench` (a fresh embedded PostgreSQL).");
  process.exit(2);
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(0)} s`;
const notes: string[] = only.length > 0 ? [`BENCH_ONLY: ${MODULES.join(", ")}`] : [];
const started = performance.now();
mkdirSync(OUT_DIR, { recursive: true });

if (quick && buildIsFresh(DIST_DIR)) {
  console.log(`[bench] --quick: reusing the production build in ${DIST_DIR} (newer than every source file)`);
  notes.push(`build reused from ${DIST_DIR}`);
} else {
  const since = performance.now();
  console.log(`[bench] next build into ${DIST_DIR} (log: bench/out/build.log)…`);
  await buildApp(DIST_DIR, path.join(OUT_DIR, "build.log"));
  console.log(`[bench] built in ${seconds(since)}`);
}

const options: BenchOptions = { quick, databaseUrl, distDir: DIST_DIR };
const rows: BenchRow[] = [];
for (const name of MODULES) {
  const file = path.resolve("bench", `${name}.ts`);
  if (!existsSync(file)) {
    console.log(`[bench] bench/${name}.ts does not exist yet: skipped`);
    notes.push(`bench/${name}.ts missing: skipped`);
    continue;
  }
  const since = performance.now();
  console.log(`[bench] ${name}…`);
  try {
    const { measure } = (await import(pathToFileURL(file).href)) as { measure: Measure };
    const measured = await measure(options);
    rows.push(...measured);
    console.log(`[bench] ${name}: ${measured.length} row(s) in ${seconds(since)}`);
  } catch (error) {
    console.error(`[bench] ${name} failed after ${seconds(since)}:`, error);
    notes.push(`bench/${name}.ts failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
}

const format = (value: number) => (!Number.isFinite(value) ? String(value) : Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2));
const table = [
  ["path", "figure", "floor", "ratio", "target", ""],
  ...rows.map((row) => [row.path, `${format(row.figure)} ${row.unit}`, `${format(row.floor)} ${row.unit}`, `${row.ratio.toFixed(2)}×`, row.target, row.pass ? "PASS" : "FAIL"]),
];
const widths = table[0]!.map((_, column) => Math.max(...table.map((cells) => cells[column]!.length)));
const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(" | ")} |`;
console.log(`\nbench${quick ? " --quick" : ""}: ${rows.filter((row) => row.pass).length} of ${rows.length} targets met, ${seconds(started)} in all (${availableParallelism()} cores, Node ${process.versions.node})\n`);
console.log([line(table[0]!), `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`, ...table.slice(1).map(line)].join("\n"));
console.log("");
rows.forEach((row) => console.log(`- ${row.path}: floor = ${row.floorPath}${row.notes ? `; ${row.notes}` : ""}`));
notes.forEach((note) => console.log(`- ${note}`));

const report = { generatedAt: new Date().toISOString(), quick, cores: availableParallelism(), node: process.versions.node, seconds: Math.round((performance.now() - started) / 1000), rows, notes };
writeFileSync(path.join(OUT_DIR, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\n[bench] written to bench/out/latest.json`);
// Benchmarks leave pools and worker threads behind; the verdict is printed, so stop here.
process.exit(0);
