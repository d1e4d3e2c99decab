/**
 * Notification helpers shared by the specs (issue 11): the emails' button and unsubscribe links
 * (read from the HTML, so a URL inside a chat message is never taken for the button), the
 * List-Unsubscribe header the file sink records, and the header's bell.
 */
import { expect, type Page } from "@playwright/test";
import { waitForEmail, type SentEmail } from "../helpers/mail";

export type NotificationEmail = SentEmail & { headers?: Record<string, string> };

const unescape = (value: string) => value.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The email's button: the page the notification is about. */
export function buttonLink(email: SentEmail): string {
  const match = /<a href="([^"]+)" style="display:inline-block/.exec(email.html);
  if (!match?.[1]) throw new Error(`no button in the email "${email.subject}" to ${email.to}`);
  return unescape(match[1]);
}

/** The one-click unsubscribe link in the email's footer, or null (security emails have none). */
export function unsubscribeLink(email: SentEmail): string | null {
  const match = /<a href="([^"]+)"[^>]*>Unsubscribe<\/a>/.exec(email.html);
  return match?.[1] ? unescape(match[1]) : null;
}

/** The newest notification email to `address` whose subject matches, sent at or after `since`. */
export async function waitForNotificationEmail(address: string, subject: RegExp, since?: Date): Promise<NotificationEmail> {
  return (await waitForEmail(address, { subject, since, timeout: 15_000 })) as NotificationEmail;
}

/** A path of the site from an absolute link in an email (the e2e server's own origin). */
export const pathOf = (link: string) => {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
};

/** The header's bell, found by its accessible name ("Notifications, 2 unread"). */
export const bell = (page: Page) => page.getByRole("link", { name: /^Notifications, / });

export async function expectBell(page: Page, unread: number, timeout = 15_000): Promise<void> {
  await expect(bell(page)).toHaveAccessibleName(unread > 0 ? `Notifications, ${unread} unread` : "Notifications, none unread", { timeout });
}

/**
 * Follows an email's link as its recipient would from a mail client with no session: the site
 * asks to log in, then lands on the linked page.
 */
export async function followSignedOut(page: Page, link: string, email: string, password: string): Promise<void> {
  const path = pathOf(link);
  await page.goto(path);
  await expect(page).toHaveURL(`/login?${new URLSearchParams({ callbackUrl: path })}`);
  await page.getByLabel("UCLA email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page).toHaveURL(path, { timeout: 15_000 });
}
