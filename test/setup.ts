import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

if (!process.env.DATABASE_URL) {
  throw new Error("Integration tests need a database: run them with `npm run test:unit`, which starts one.");
}
// Each test process writes its emails to its own folder, so tests can read the mail they caused.
process.env.EMAIL_FILE_PATH = mkdtempSync(path.join(tmpdir(), "bruinbridge-mail-"));
