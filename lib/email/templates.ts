/**
 * The account emails: a short branded HTML body that reads well on a phone (one column, large
 * button, the link also written out) and the same words as plain text.
 */
import { hoursInWords } from "@/lib/duration";
import type { EmailMessage } from "./send-email";

interface Template {
  to: string;
  subject: string;
  heading: string;
  paragraphs: string[];
  action: { label: string; url: string };
  footnote: string;
}

const escape = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function render({ to, subject, heading, paragraphs, action, footnote }: Template): EmailMessage {
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
</td></tr></table>
<p style="font-size:12px;color:#6b7280;margin:16px 0 0">BruinBridge — UCLA students mentoring UCLA students.</p>
</td></tr></table></body></html>`;
  const text = [heading, "", ...paragraphs.flatMap((p) => [p, ""]), `${action.label}: ${action.url}`, "", footnote, "", "— BruinBridge"].join("\n");
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
