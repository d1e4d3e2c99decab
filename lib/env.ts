/**
 * Every setting of the app, parsed once with zod. `getEnv()` is called at server start-up
 * (instrumentation.ts), so a missing or malformed variable stops the server with a message naming
 * it; later calls return the cached result. The README's settings table documents each one.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { z } from "zod";

const hours = (fallback: number) =>
  z.coerce.number({ error: "must be a number of hours" }).positive("must be more than 0 hours").default(fallback);
const count = (fallback: number, max = 1_000_000) =>
  z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(1).max(max).default(fallback);
const flag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no", "True", "False"], { error: "must be true or false" })
    .default(fallback ? "true" : "false")
    .transform((value) => ["true", "1", "yes", "True"].includes(value));
const optional = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ error: "must be a postgresql:// URL" }).refine((url) => /^postgres(ql)?:\/\//.test(url), "must be a postgresql:// URL"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)"),
  FRONTEND_URL: z.url({ error: "must be an absolute http(s) URL" }).transform((url) => url.replace(/\/+$/, "")),
  SEND_EMAILS: flag(true),
  SENDGRID_API_KEY: optional,
  DEFAULT_FROM_EMAIL: z.string().trim().min(3).default("BruinBridge <no-reply@bruinbridge.app>"),
  EMAIL_FILE_PATH: optional,
  EMAIL_VERIFICATION_TOKEN_EXPIRATION: hours(24),
  PASSWORD_RESET_TOKEN_EXPIRATION: hours(1),
  ACCOUNT_RECOVERY_GRACE_PERIOD: hours(72),
  MAX_MENTEES: count(3, 100),
  // lib/matching/requests.ts: days after a decline before the same mentee may ask that mentor again
  // (fractions allowed; 0 = no cooling-off).
  DECLINE_COOLING_OFF_DAYS: z.coerce.number({ error: "must be a number of days" }).min(0, "must be 0 or more days").max(3650).default(30),
  CRON_SECRET: optional,
  ALLOWED_EMAIL_DOMAINS: z
    .string()
    .default("ucla.edu,g.ucla.edu")
    .transform((value) => value.split(",").map((domain) => domain.trim().toLowerCase()).filter(Boolean))
    .refine((domains) => domains.length > 0, "must list at least one domain")
    .refine((domains) => domains.every((domain) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain)), "must be a comma-separated list of domains"),
  BCRYPT_ROUNDS: count(12, 15).pipe(z.number().min(4, "must be between 4 and 15")),
  // lib/users/password.ts: bcrypt runs on this many worker threads (default: one core left for the
  // event loop), and at most PASSWORD_HASH_QUEUE more wait in line; past that, 429 "busy".
  PASSWORD_HASH_THREADS: count(Math.max(1, availableParallelism() - 1), 64),
  PASSWORD_HASH_QUEUE: z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(0, "must be 0 or more").max(10_000).default(100),
  CLOUDINARY_CLOUD_NAME: optional,
  CLOUDINARY_API_KEY: optional,
  CLOUDINARY_API_SECRET: optional,
  UPLOAD_DIR: z.string().trim().min(1).default(".data/uploads"),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: count(5),
  LOGIN_MAX_FAILURES_PER_IP: count(50),
  EMAIL_MAX_PER_ADDRESS: count(3),
  REQUESTS_MAX_PER_IP: count(30),
  TRUSTED_PROXY_HOPS: z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(0, "must be 0 or more").max(10).default(0),
});

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {
  constructor(public readonly issues: string[]) {
    super(`Invalid settings:\n${issues.map((issue) => `  - ${issue}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses a set of variables. Pure apart from the development-only AUTH_SECRET file. */
export function parseEnv(source: Record<string, string | undefined>, dataDir = path.resolve(".data")): Env {
  const input: Record<string, string | undefined> = { ...source };
  for (const key of Object.keys(input)) if (input[key] === "") input[key] = undefined;
  const production = input.NODE_ENV === "production";
  if (!production) {
    input.AUTH_SECRET ??= developmentSecret(dataDir);
    input.EMAIL_FILE_PATH ??= path.join(dataDir, "emails");
  }
  input.FRONTEND_URL ??= production ? undefined : `http://localhost:${input.PORT ?? 3000}`;

  const result = schema.safeParse(input);
  const issues = result.success
    ? []
    : result.error.issues.map((issue) => {
        const name = issue.path.join(".");
        return input[name] === undefined ? `${name} is required (${issue.message})` : `${name} ${issue.message}`;
      });
  // Without a transport, mail would only be logged: in production that puts live reset and
  // verification links in the logs while users are told the email was sent.
  const sendsEmail = schema.shape.SEND_EMAILS.safeParse(input.SEND_EMAILS).data ?? false;
  if (production && sendsEmail && !input.SENDGRID_API_KEY?.trim() && !input.EMAIL_FILE_PATH?.trim()) {
    issues.push(
      "SENDGRID_API_KEY is required in production to send email (or set EMAIL_FILE_PATH to write emails to a folder, or SEND_EMAILS=false to send none)",
    );
  }
  if (!result.success || issues.length > 0) throw new EnvError(issues);
  return result.data;
}

/** In development a missing AUTH_SECRET is generated once and kept in .data/ so sessions survive restarts. */
function developmentSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Forgets the parsed settings so the next getEnv() reads process.env again (tests only). */
export function resetEnvCache(): void {
  cached = undefined;
}

/** Hours (possibly fractional: 0.01 h = 36 s) as milliseconds. */
export const hoursToMs = (value: number) => Math.round(value * 3_600_000);
