import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { withEnv } from "@/test/helpers";
import { emailTransport, sendEmail } from "./send-email";
import { passwordResetEmail, verificationEmail } from "./templates";

const message = { to: "jdoe@ucla.edu", subject: "Hello", html: "<p>Hi</p>", text: "Hi" };

afterEach(() => vi.restoreAllMocks());

describe("sendEmail", () => {
  it("writes one JSON file per message to EMAIL_FILE_PATH", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "bb-mail-"));
    await withEnv({ EMAIL_FILE_PATH: folder, SENDGRID_API_KEY: undefined }, async () => {
      expect(emailTransport()).toBe("file");
      expect(await sendEmail(message)).toBe(true);
    });
    const files = readdirSync(folder);
    expect(files).toHaveLength(1);
    const written = JSON.parse(readFileSync(path.join(folder, files[0] as string), "utf8"));
    expect(written).toMatchObject({ ...message, from: "BruinBridge <no-reply@bruinbridge.app>" });
    expect(new Date(written.sentAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("chooses SendGrid when an API key is set", async () => {
    await withEnv({ SENDGRID_API_KEY: "SG.test" }, async () => expect(emailTransport()).toBe("sendgrid"));
  });

  it("with SEND_EMAILS=false sends nothing and logs the message", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "bb-mail-"));
    const info = vi.spyOn(console, "info").mockImplementation(() => undefined);
    await withEnv({ EMAIL_FILE_PATH: folder, SEND_EMAILS: "false" }, async () => {
      expect(emailTransport()).toBe("disabled");
      expect(await sendEmail({ ...message, text: "Open http://x/verify-email?token=abc" })).toBe(true);
    });
    expect(readdirSync(folder)).toHaveLength(0);
    expect(info.mock.calls.flat().join(" ")).toContain("verify-email?token=abc");
  });

  it("with SEND_EMAILS=false in production logs the recipient and subject but never the link", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => undefined);
    const production = { NODE_ENV: "production", AUTH_SECRET: "x".repeat(32), FRONTEND_URL: "https://bruinbridge.app", SEND_EMAILS: "false" };
    await withEnv({ ...production, EMAIL_FILE_PATH: undefined, SENDGRID_API_KEY: undefined }, async () => {
      expect(emailTransport()).toBe("disabled");
      expect(await sendEmail({ ...message, text: "Open https://bruinbridge.app/reset-password/live-token-123" })).toBe(true);
    });
    const logged = info.mock.calls.flat().join(" ");
    expect(logged).toContain("to=jdoe@ucla.edu");
    expect(logged).toContain('subject="Hello"');
    expect(logged).not.toContain("live-token-123");
    expect(logged).not.toContain("reset-password");
  });

  it("reports a failure instead of throwing", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await withEnv({ EMAIL_FILE_PATH: "/dev/null/not-a-folder" }, async () => expect(await sendEmail(message)).toBe(false));
    expect(error).toHaveBeenCalled();
  });
});

describe("templates", () => {
  it("puts the link in both bodies and escapes HTML", () => {
    const url = "https://bruinbridge.app/verify-email?token=a&b=<c>";
    const email = verificationEmail("jdoe@ucla.edu", url, 24);
    expect(email.text).toContain(url);
    expect(email.text).toContain("24 hours");
    expect(email.html).toContain("https://bruinbridge.app/verify-email?token=a&amp;b=&lt;c&gt;");
    expect(email.html).not.toContain("<c>");
    expect(email.html).toContain('name="viewport"');
  });

  it("says how long a reset link works, in minutes below an hour", () => {
    expect(passwordResetEmail("a@ucla.edu", "https://x/reset-password/t", 0.5).text).toContain("30 minutes");
    expect(passwordResetEmail("a@ucla.edu", "https://x/reset-password/t", 1).text).toContain("1 hour");
  });
});
