/**
 * Sends one email through the first transport that is configured:
 * 1. SendGrid (`SENDGRID_API_KEY`), through @sendgrid/mail;
 * 2. a folder (`EMAIL_FILE_PATH`, the default in development): one JSON file per message,
 *    `{to, from, subject, html, text, sentAt}`, like Django's file-based backend, so a developer
 *    can open the links;
 * 3. the log (development only: production refuses to start without a transport, lib/env.ts).
 * With `SEND_EMAILS=false` (the original test mode) nothing is sent and the message is logged; in
 * production only its recipient and subject are, because the text holds a live link.
 * A failure is logged and reported as `false`; it never throws, so no caller fails on mail.
 */
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import sendgrid from "@sendgrid/mail";
import { getEnv } from "@/lib/env";

export interface EmailMessage {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Extra headers (e.g. `List-Unsubscribe`): SendGrid sends them; the file sink records them. */
  headers?: Record<string, string>;
}

export type EmailTransport = "sendgrid" | "file" | "log" | "disabled";

export function emailTransport(): EmailTransport {
  const env = getEnv();
  if (!env.SEND_EMAILS) return "disabled";
  if (env.SENDGRID_API_KEY) return "sendgrid";
  if (env.EMAIL_FILE_PATH) return "file";
  return "log";
}

export async function sendEmail(message: EmailMessage): Promise<boolean> {
  const env = getEnv();
  const transport = emailTransport();
  try {
    switch (transport) {
      case "sendgrid": {
        sendgrid.setApiKey(env.SENDGRID_API_KEY as string);
        const [response] = await sendgrid.send({ ...message, from: env.DEFAULT_FROM_EMAIL });
        if (response.statusCode < 200 || response.statusCode >= 300) throw new Error(`SendGrid answered ${response.statusCode}`);
        return true;
      }
      case "file": {
        const folder = path.resolve(env.EMAIL_FILE_PATH as string);
        await mkdir(folder, { recursive: true });
        const sentAt = new Date().toISOString();
        const name = `${sentAt.replace(/[:.]/g, "-")}-${randomBytes(4).toString("hex")}.json`;
        await writeFile(path.join(folder, name), JSON.stringify({ ...message, from: env.DEFAULT_FROM_EMAIL, sentAt }, null, 2));
        return true;
      }
      case "log":
      case "disabled": {
        const body = env.NODE_ENV === "production" ? "" : `\n${message.text}`;
        console.info(`[email] ${transport === "disabled" ? "SEND_EMAILS=false, not sent" : "no transport configured"}: to=${message.to} subject=${JSON.stringify(message.subject)}${body}`);
        return true;
      }
    }
  } catch (error) {
    console.error(`[email] sending "${message.subject}" to ${message.to} failed: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
