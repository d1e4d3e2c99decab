/** Every notification email rendered (issue 11): subject naming the other person, button, text twin, unsubscribe only where allowed. */
import { describe, expect, it } from "vitest";
import { deletionScheduled, matchEnded, matchedByProgram, newMessage, passwordChanged, requestAccepted, requestDeclined, requestReceived } from "@/lib/notifications/events";
import { isSecurityKind } from "@/lib/notifications/kinds";
import { notificationEmail } from "./templates";

const alex = { id: "0f0e0d0c-0b0a-4909-8807-060504030201", email: "alex@ucla.edu", firstName: "Alex", lastName: "Kim" };
const BASE = "https://bruinbridge.example";
const unsubscribe = { pageUrl: `${BASE}/unsubscribe?token=t`, oneClickUrl: `${BASE}/api/notifications/unsubscribe?token=t` };

const cases = [
  { content: requestReceived(alex, "Could <you> help?"), subject: "Alex Kim sent you a mentoring request", button: "Review the request", path: "/mentees" },
  { content: requestAccepted(alex), subject: "Alex Kim accepted your mentoring request", button: "Say hello to your mentor", path: `/chat/${alex.id}` },
  { content: requestDeclined(alex, "Full this quarter"), subject: "Alex Kim declined your mentoring request", button: "Find another mentor", path: "/mentors" },
  { content: matchEnded({ partner: alex, recipientRole: "MENTEE", by: "mentor" }), subject: "Alex Kim ended your mentorship", button: "Open BruinBridge", path: "/mentors" },
  { content: matchEnded({ partner: alex, recipientRole: "MENTOR", by: "admin" }), subject: "The program ended your match with Alex Kim", button: "Open BruinBridge", path: "/mentees" },
  { content: newMessage(alex, "See you Friday"), subject: "New message from Alex Kim", button: "Open the conversation", path: `/chat/${alex.id}` },
  { content: matchedByProgram(alex, "MENTEE"), subject: "You have been matched with Alex Kim as your mentor", button: "Meet your match", path: `/chat/${alex.id}` },
  { content: passwordChanged("change"), subject: "Your BruinBridge password was changed", button: "Review your account", path: "/account" },
  { content: deletionScheduled(new Date("2026-12-02T18:00:00Z")), subject: "Your BruinBridge account is scheduled for deletion", button: "Keep my account", path: "/recover" },
];

describe("notification emails", () => {
  it.each(cases)("$content.kind: $subject", ({ content, subject, button, path }) => {
    const email = notificationEmail({ to: "me@ucla.edu", kind: content.kind, title: content.title, body: content.body, url: `${BASE}${content.link}`, unsubscribe });
    expect(content.link).toBe(path);
    expect(email.subject).toBe(subject);
    expect(email.to).toBe("me@ucla.edu");
    // The account emails' look: the brand bar, the heading, one button to the page, the link written out.
    expect(email.html).toContain(">BruinBridge</td>");
    expect(email.html).toContain(`<h1 style="margin:0 0 16px;font-size:22px;color:#003B5C">${subject}</h1>`);
    expect(email.html).toContain(`<a href="${BASE}${path}" style="display:inline-block;background:#2774AE;color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:8px">${button}</a>`);
    expect(email.text).toContain(`${button}: ${BASE}${path}`);
    expect(email.text.startsWith(subject)).toBe(true);
    if (isSecurityKind(content.kind)) {
      expect(email.html).not.toContain("Unsubscribe");
      expect(email.text).not.toContain("nsubscribe");
      expect(email.headers).toBeUndefined();
      expect(email.text).toContain("security email");
    } else {
      expect(email.html).toContain(`<a href="${unsubscribe.pageUrl}" style="color:#005587">Unsubscribe</a>`);
      expect(email.text).toContain(unsubscribe.pageUrl);
      expect(email.headers).toEqual({ "List-Unsubscribe": `<${unsubscribe.oneClickUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    }
  });

  it("escapes what people wrote", () => {
    const content = requestReceived({ ...alex, firstName: "<b>Al</b>" }, "Could <you> help?");
    const email = notificationEmail({ to: "me@ucla.edu", kind: content.kind, title: content.title, body: content.body, url: `${BASE}/mentees`, unsubscribe });
    expect(email.html).toContain("&lt;b&gt;Al&lt;/b&gt; Kim sent you");
    expect(email.html).toContain("Could &lt;you&gt; help?");
    expect(email.html).not.toContain("<b>Al</b>");
  });

  it("the deletion email says when, in Pacific time, and how to keep the account", () => {
    const content = deletionScheduled(new Date("2026-12-02T18:00:00Z"));
    expect(content.body).toContain("Wednesday, December 2, 2026 at 10:00 AM");
    expect(content.body).toMatch(/recovery page/);
  });
});
