/**
 * The account emails: a short branded HTML body that reads well on a phone (one column, large
 * button, the link also written out) and the same words as plain text.
 */
import { hoursInWords } from "@/lib/duration";
import { isSecurityKind, KIND_LABELS, type NotificationKindName } from "@/lib/notifications/kinds";
import type { EmailMessage } from "./send-email";

interface Template {
  to: string;
  subject: string;
  heading: string;
  paragraphs: string[];
  action: { label: string; url: string };
  footnote: string;
  /** A one-click unsubscribe link for this kind of email (never on security emails). */
  unsubscribe?: { url: string; what: string };
}

const escape = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function render({ to, subject, heading, paragraphs, action, footnote, unsubscribe }: Template): EmailMessage {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(subject)}</title></head>
<body style="margin:0;background:#f3f4f6;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#111827">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:12px;overflow:hidden">
<tr><td style="background:#2774AE;padding:20px 24px;color:#ffffff;font-size:20px;font-weight:700">BruinBridge</td></tr>
<tr><td style="padding:24px">
<h1 style="margin:0 0 16px;font-size:22px;color:#003B5C">${escape(heading)}</h1>
${paragraphs.map((p) => `<p style="margin:0 0 16px;font-size:16px;line-height:1.5">${escape(p)}</p>`).join("\n")}
<p style="margin:24px 0"><a href="${escape(action.url)}" style="display:inline-block;background:#2774AE;color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:8px">${escape(action.label)}</a></p>
<p style="margin:0 0 8px;font-size:14px;color:#4b5563">Or paste this link into your browser:</p>
<p style="margin:0 0 16px;font-size:14px;word-break:break-all"><a href="${escape(action.url)}" style="color:#005587">${escape(action.url)}</a></p>
<p style="margin:16px 0 0;font-size:13px;color:#6b7280">${escape(footnote)}</p>
${unsubscribe ? `<p style="margin:16px 0 0;font-size:13px;color:#6b7280">Don't want emails about ${escape(unsubscribe.what)}? <a href="${escape(unsubscribe.url)}" style="color:#005587">Unsubscribe</a>.</p>` : ""}
</td></tr></table>
<p style="font-size:12px;color:#6b7280;margin:16px 0 0">BruinBridge — UCLA students mentoring UCLA students.</p>
</td></tr></table></body></html>`;
  const text = [heading, "", ...paragraphs.flatMap((p) => [p, ""]), `${action.label}: ${action.url}`, "", footnote, ...(unsubscribe ? ["", `Unsubscribe from emails about ${unsubscribe.what}: ${unsubscribe.url}`] : []), "", "— BruinBridge"].join("\n");
  return { to, subject, html, text };
}


export function verificationEmail(to: string, url: string, validHours: number): EmailMessage {
  return render({
    to,
    subject: "Verify your BruinBridge email",
    heading: "Welcome to BruinBridge!",
    paragraphs: ["Confirm that this is your UCLA email address to finish creating your account.", `The link works for ${hoursInWords(validHours)}.`],
    action: { label: "Verify my email", url },
    footnote: "If you did not sign up for BruinBridge, you can ignore this email.",
  });
}

export function passwordResetEmail(to: string, url: string, validHours: number): EmailMessage {
  return render({
    to,
    subject: "Reset your BruinBridge password",
    heading: "Reset your password",
    paragraphs: ["Someone — hopefully you — asked to reset the password of your BruinBridge account.", `The link works once, for ${hoursInWords(validHours)}.`],
    action: { label: "Choose a new password", url },
    footnote: "If you did not ask for this, ignore this email: your password stays as it is.",
  });
}

/** What each notification email's button says; the button opens the notification's page. */
const NOTIFICATION_ACTIONS: Record<NotificationKindName, string> = {
  REQUEST_RECEIVED: "Review the request",
  REQUEST_ACCEPTED: "Say hello to your mentor",
  REQUEST_DECLINED: "Find another mentor",
  MATCH_ENDED: "Open BruinBridge",
  NEW_MESSAGE: "Open the conversation",
  MATCHED_BY_PROGRAM: "Meet your match",
  PASSWORD_CHANGED: "Review your account",
  DELETION_SCHEDULED: "Keep my account",
};

export interface NotificationEmailOptions {
  to: string;
  kind: NotificationKindName;
  /** The notification's title, which names the other person: also the subject. */
  title: string;
  body: string;
  /** Absolute URL of the notification's page. */
  url: string;
  /** Absolute one-click unsubscribe URL (page) and its RFC 8058 POST target; none for security kinds. */
  unsubscribe?: { pageUrl: string; oneClickUrl: string };
}

/** The email of one notification (lib/notifications/deliver.ts), in the account emails' look. */
export function notificationEmail({ to, kind, title, body, url, unsubscribe }: NotificationEmailOptions): EmailMessage {
  const security = isSecurityKind(kind);
  const message = render({
    to,
    subject: title,
    heading: title,
    paragraphs: body.split(/\n+/).filter((p) => p.trim() !== ""),
    action: { label: NOTIFICATION_ACTIONS[kind], url },
    footnote: security
      ? "This is a security email about your account; it is always sent. If this was not you, reset your password at once."
      : "You get this email because of your BruinBridge notification settings (Account → Notifications).",
    unsubscribe: !security && unsubscribe ? { url: unsubscribe.pageUrl, what: KIND_LABELS[kind].label.toLowerCase() } : undefined,
  });
  if (security || !unsubscribe) return message;
  return { ...message, headers: { "List-Unsubscribe": `<${unsubscribe.oneClickUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } };
}
