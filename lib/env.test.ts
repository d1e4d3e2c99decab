import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, hoursToMs, parseEnv } from "./env";

const base = { DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/app" };
const dataDir = () => mkdtempSync(path.join(tmpdir(), "bb-env-"));
const production = { ...base, NODE_ENV: "production", AUTH_SECRET: "x".repeat(32), FRONTEND_URL: "https://bruinbridge.app", SENDGRID_API_KEY: "SG.key" };

function errorOf(run: () => unknown): EnvError {
  try {
    run();
  } catch (error) {
    if (error instanceof EnvError) return error;
    throw error;
  }
  throw new Error("expected an EnvError");
}

describe("parseEnv", () => {
  it("applies the documented defaults", () => {
    const env = parseEnv({ ...base, NODE_ENV: "development" }, dataDir());
    expect(env).toMatchObject({
      EMAIL_VERIFICATION_TOKEN_EXPIRATION: 24,
      PASSWORD_RESET_TOKEN_EXPIRATION: 1,
      ACCOUNT_RECOVERY_GRACE_PERIOD: 72,
      MAX_MENTEES: 3,
      BCRYPT_ROUNDS: 12,
      SEND_EMAILS: true,
      ALLOWED_EMAIL_DOMAINS: ["ucla.edu", "g.ucla.edu"],
      FRONTEND_URL: "http://localhost:3000",
    });
  });

  it("accepts fractional hours", () => {
    const env = parseEnv({ ...production, ACCOUNT_RECOVERY_GRACE_PERIOD: "0.01" });
    expect(hoursToMs(env.ACCOUNT_RECOVERY_GRACE_PERIOD)).toBe(36_000);
  });

  it("parses booleans and domain lists", () => {
    const env = parseEnv({ ...production, SEND_EMAILS: "False", ALLOWED_EMAIL_DOMAINS: " UCLA.edu , cs.ucla.edu " });
    expect(env.SEND_EMAILS).toBe(false);
    expect(env.ALLOWED_EMAIL_DOMAINS).toEqual(["ucla.edu", "cs.ucla.edu"]);
  });

  it("names each variable that is missing or malformed", () => {
    const error = errorOf(() => parseEnv({ NODE_ENV: "production", MAX_MENTEES: "three", BCRYPT_ROUNDS: "40", SEND_EMAILS: "maybe" }));
    const text = error.message;
    for (const name of ["DATABASE_URL", "AUTH_SECRET", "FRONTEND_URL", "MAX_MENTEES", "BCRYPT_ROUNDS", "SEND_EMAILS"]) {
      expect(text).toContain(name);
    }
    expect(text).toContain("DATABASE_URL is required");
  });

  it("DECLINE_COOLING_OFF_DAYS: 30 by default, fractions and 0 allowed, a negative or non-numeric value refused by name", () => {
    expect(parseEnv(production).DECLINE_COOLING_OFF_DAYS).toBe(30);
    expect(parseEnv({ ...production, DECLINE_COOLING_OFF_DAYS: "0.5" }).DECLINE_COOLING_OFF_DAYS).toBe(0.5);
    expect(parseEnv({ ...production, DECLINE_COOLING_OFF_DAYS: "0" }).DECLINE_COOLING_OFF_DAYS).toBe(0);
    expect(errorOf(() => parseEnv({ ...production, DECLINE_COOLING_OFF_DAYS: "-1" })).message).toContain("DECLINE_COOLING_OFF_DAYS must be 0 or more days");
    expect(errorOf(() => parseEnv({ ...production, DECLINE_COOLING_OFF_DAYS: "a month" })).message).toContain("DECLINE_COOLING_OFF_DAYS must be a number of days");
  });

  it("refuses a negative or non-numeric hour setting", () => {
    expect(errorOf(() => parseEnv({ ...production, PASSWORD_RESET_TOKEN_EXPIRATION: "-1" })).message).toContain("PASSWORD_RESET_TOKEN_EXPIRATION");
    expect(errorOf(() => parseEnv({ ...production, ACCOUNT_RECOVERY_GRACE_PERIOD: "soon" })).message).toContain("ACCOUNT_RECOVERY_GRACE_PERIOD");
  });

  it("requires AUTH_SECRET in production", () => {
    const { AUTH_SECRET: _omit, ...rest } = production;
    expect(errorOf(() => parseEnv(rest)).message).toContain("AUTH_SECRET is required");
  });

  it("generates a development AUTH_SECRET once and keeps it", () => {
    const dir = dataDir();
    const first = parseEnv({ ...base, NODE_ENV: "development" }, dir).AUTH_SECRET;
    const second = parseEnv({ ...base, NODE_ENV: "development" }, dir).AUTH_SECRET;
    expect(first).toHaveLength(43);
    expect(second).toBe(first);
    expect(readFileSync(path.join(dir, "auth-secret"), "utf8").trim()).toBe(first);
  });

  it("refuses to start in production when email would only be logged, naming the missing setting", () => {
    const { SENDGRID_API_KEY: _omit, ...withoutSendGrid } = production;
    const error = errorOf(() => parseEnv(withoutSendGrid));
    expect(error.issues).toHaveLength(1);
    expect(error.message).toContain("SENDGRID_API_KEY is required in production");
    expect(error.message).toContain("EMAIL_FILE_PATH");
    expect(errorOf(() => parseEnv({ ...withoutSendGrid, SENDGRID_API_KEY: "  ", MAX_MENTEES: "three" })).issues).toEqual([
      expect.stringContaining("MAX_MENTEES"),
      expect.stringContaining("SENDGRID_API_KEY is required"),
    ]);
    // A transport set explicitly, or no sending at all, starts.
    expect(parseEnv({ ...withoutSendGrid, EMAIL_FILE_PATH: "/var/mail/bruinbridge" }).EMAIL_FILE_PATH).toBe("/var/mail/bruinbridge");
    expect(parseEnv({ ...withoutSendGrid, SEND_EMAILS: "false" }).SEND_EMAILS).toBe(false);
    expect(parseEnv(production).SENDGRID_API_KEY).toBe("SG.key");
  });

  it("writes emails to .data/emails by default in development only", () => {
    const dir = dataDir();
    expect(parseEnv({ ...base, NODE_ENV: "development" }, dir).EMAIL_FILE_PATH).toBe(path.join(dir, "emails"));
    expect(parseEnv(production).EMAIL_FILE_PATH).toBeUndefined();
  });
});
