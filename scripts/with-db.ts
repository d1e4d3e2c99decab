/**
 * `tsx scripts/with-db.ts --persistent|--fresh -- <command…>`
 *
 * Runs a command with DATABASE_URL pointing at a migrated database (see scripts/lib/database.ts),
 * then stops what it started. The command's exit code becomes ours.
 */
import { spawn } from "node:child_process";
import { startDatabase, type DatabaseMode } from "./lib/database";

const separator = process.argv.indexOf("--");
const flags = process.argv.slice(2, separator === -1 ? undefined : separator);
const command = separator === -1 ? [] : process.argv.slice(separator + 1);
const mode: DatabaseMode = flags.includes("--fresh") ? "fresh" : "persistent";
if (command.length === 0) {
  console.error("usage: tsx scripts/with-db.ts --persistent|--fresh -- <command…>");
  process.exit(2);
}

const database = await startDatabase(mode);
const [program, ...args] = command as [string, ...string[]];
const child = spawn(program, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: database.url } });
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => child.kill(signal));
}
const code = await new Promise<number>((resolve) => {
  child.on("exit", (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
  child.on("error", (error) => {
    console.error(`could not run ${program}: ${error.message}`);
    resolve(127);
  });
});
await database.stop();
process.exit(code);
