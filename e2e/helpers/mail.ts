/**
 * The e2e server writes every email as a JSON file `{to, from, subject, html, text, sentAt}` into
 * E2E_MAIL_DIR (lib/email/send-email.ts). These helpers wait for one and take the link out of it.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { E2E_MAIL_DIR } from "../support/paths";

export interface SentEmail {
  to: string;
  from: string;
  subject: string;
  html: string;
  text: string;
  sentAt: string;
}

export async function emailsTo(address: string): Promise<SentEmail[]> {
  const folder = path.resolve(E2E_MAIL_DIR);
  const names = await readdir(folder).catch(() => [] as string[]);
  const emails: SentEmail[] = [];
  for (const name of names.filter((n) => n.endsWith(".json"))) {
    // A file may be caught half-written; the next poll reads it whole.
    const email = await readFile(path.join(folder, name), "utf8")
      .then((raw) => JSON.parse(raw) as SentEmail)
      .catch(() => null);
    if (email?.to.toLowerCase() === address.toLowerCase()) emails.push(email);
  }
  return emails.sort((a, b) => a.sentAt.localeCompare(b.sentAt));
}

/**
 * The newest email to `address` whose subject matches, sent at or after `since` (an ISO time
 * or Date); waits up to `timeout` ms for it to arrive.
 */
export async function waitForEmail(address: string, { subject, since, timeout = 10_000 }: { subject?: RegExp; since?: Date; timeout?: number } = {}): Promise<SentEmail> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const match = (await emailsTo(address))
      .filter((email) => (!subject || subject.test(email.subject)) && (!since || new Date(email.sentAt) >= since))
      .at(-1);
    if (match) return match;
    if (Date.now() > deadline) throw new Error(`no email to ${address}${subject ? ` with a subject like ${subject}` : ""} within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The first link in an email's text body. */
export function linkIn(email: SentEmail): string {
  const link = /https?:\/\/\S+/.exec(email.text)?.[0];
  if (!link) throw new Error(`no link in the email "${email.subject}" to ${email.to}`);
  return link;
}

/** Waits for the newest email to `address` (see waitForEmail) and returns its link. */
export async function waitForLink(address: string, options?: Parameters<typeof waitForEmail>[1]): Promise<string> {
  return linkIn(await waitForEmail(address, options));
}
