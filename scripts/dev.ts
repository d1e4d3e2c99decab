/**
 * `npm run dev`: the development server on a ready database.
 *
 * Without DATABASE_URL it starts the embedded PostgreSQL in .data/pg (kept between runs), applies
 * migrations, seeds demo data on first start, runs `next dev`, and stops the database when the
 * dev server stops. With DATABASE_URL that database is migrated and used instead.
 */
import { spawn } from "node:child_process";
import { startDatabase } from "./lib/database";

const database = await startDatabase("persistent");
process.env.DATABASE_URL = database.url;
if (database.created) {
  const seeding = spawn("tsx", ["prisma/seed.ts"], { stdio: "inherit", env: process.env });
  await new Promise((resolve) => seeding.on("exit", resolve));
}

const next = spawn("next", ["dev", ...process.argv.slice(2)], { stdio: "inherit", env: process.env });
let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  await database.stop();
  process.exit(code);
};
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    next.kill(signal);
  });
}
next.on("exit", (code) => void stop(code ?? 0));
