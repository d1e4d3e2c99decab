import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * Unit and integration tests (`*.test.ts` next to the code). `npm run test:unit` runs them through
 * scripts/with-db.ts, which provides a fresh, migrated PostgreSQL in DATABASE_URL.
 */
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    // Files share one database, and some operations are global by design (the purge deletes every
    // expired account); running files one after another keeps one file's rows out of another's way.
    fileParallelism: false,
    setupFiles: ["./test/setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    env: {
      BCRYPT_ROUNDS: "4",
      SEND_EMAILS: "true",
    },
  },
});
