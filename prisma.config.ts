/**
 * Prisma CLI configuration. Only the CLI loads this file; the app builds its own client in lib/db.ts.
 *
 * Prisma's Rust binaries cannot be downloaded on our machines, so the CLI runs its WebAssembly
 * schema engine over a driver adapter (see README, "Database").
 */
import { defineConfig } from "prisma/config";
import { createCliAdapter } from "./prisma/cli-adapter";

// `prisma generate` needs the variable to exist even though it connects nowhere; the value only
// matters to commands that talk to a database, and scripts/with-db.ts always sets it for those.
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";

// The WASM engine leaves 10 s and 60 s timers pending, which holds every command open for ~12 s
// after its work is done. Unref'ing long timers lets the process exit when the work is done.
const unrefLongTimers = <T extends typeof setTimeout | typeof setInterval>(original: T): T =>
  ((handler: () => void, ms?: number, ...args: unknown[]) => {
    const timer = (original as (h: () => void, ms?: number, ...a: unknown[]) => NodeJS.Timeout)(
      handler,
      ms,
      ...args,
    );
    if ((ms ?? 0) >= 10_000) timer.unref();
    return timer;
  }) as unknown as T;
globalThis.setTimeout = unrefLongTimers(globalThis.setTimeout);
globalThis.setInterval = unrefLongTimers(globalThis.setInterval);

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => createCliAdapter(process.env.DATABASE_URL as string),
});
