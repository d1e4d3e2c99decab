/**
 * The words of each notification, in one place so the in-app text and the email agree and every
 * caller names people the same way. Each builder returns what `notify()` takes, minus `userId`.
 */
import type { NotificationInput } from "./notify";

type Content = Omit<NotificationInput, "userId">;

export interface Person {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
}

/** "Alex Kim", or the email for someone who has not given a name yet. */
export function personName(person: Person): string {
  return [person.firstName.trim(), person.lastName.trim()].filter(Boolean).join(" ") || person.email;
}

/** The chat page names the partner by user id, keeping emails out of addresses (as app/(mentoring)/_lib/people.ts chatHref). */
export const chatLink = (partnerId: string) => `/chat/${encodeURIComponent(partnerId)}`;

const quoted = (text: string) => `“${text.trim()}”`;

export function requestReceived(mentee: Person, message: string): Content {
  const name = personName(mentee);
  return {
    kind: "REQUEST_RECEIVED",
    title: `${name} sent you a mentoring request`,
    body: message.trim() ? `${name} wrote: ${quoted(message)}` : `${name} would like you to be their mentor.`,
    link: "/mentees",
  };
}

export function requestAccepted(mentor: Person): Content {
  const name = personName(mentor);
  return {
    kind: "REQUEST_ACCEPTED",
    title: `${name} accepted your mentoring request`,
    body: `${name} is now your mentor. Say hello in your chat.`,
    link: chatLink(mentor.id),
  };
}

export function requestDeclined(mentor: Person, reason: string): Content {
  const name = personName(mentor);
  return {
    kind: "REQUEST_DECLINED",
    title: `${name} declined your mentoring request`,
    body: reason.trim() ? `${name}'s reason: ${quoted(reason)} Other mentors are waiting for you.` : `Other mentors are a good match for you too: have a look at your suggestions.`,
    link: "/mentors",
  };
}

/** Who ended a match, as the other side reads it. */
export type EndedBy = "mentor" | "mentee" | "admin";

/**
 * MATCH_ENDED for `recipient`'s side of the pair with `partner`. `by` says who ended it; `reason`
 * is shown only when the person who ended it gave one for the other side.
 */
export function matchEnded({ partner, recipientRole, by, reason = "" }: { partner: Person; recipientRole: "MENTOR" | "MENTEE"; by: EndedBy; reason?: string }): Content {
  const name = personName(partner);
  const relation = recipientRole === "MENTEE" ? "mentor" : "mentee";
  const title =
    by === "admin"
      ? `The program ended your match with ${name}`
      : (by === "mentor") === (recipientRole === "MENTEE")
        ? `${name} ended your mentorship`
        : `Your mentorship with ${name} has ended`;
  const why = reason.trim() ? ` Reason: ${quoted(reason)}` : "";
  const next = recipientRole === "MENTEE" ? " You can look for a new mentor among your suggestions." : " Your roster has room for a new mentee.";
  return {
    kind: "MATCH_ENDED",
    title,
    body: `${name} is no longer your ${relation}; your chat is closed.${why}${next}`,
    link: recipientRole === "MENTEE" ? "/mentors" : "/mentees",
  };
}

export function newMessage(sender: Person, body: string): Content {
  const name = personName(sender);
  const preview = body.trim().replace(/\s+/g, " ");
  return {
    kind: "NEW_MESSAGE",
    title: `New message from ${name}`,
    body: `${name}: ${preview.length > 200 ? `${preview.slice(0, 199)}…` : preview}`,
    link: chatLink(sender.id),
  };
}

export function matchedByProgram(partner: Person, recipientRole: "MENTOR" | "MENTEE"): Content {
  const name = personName(partner);
  return {
    kind: "MATCHED_BY_PROGRAM",
    title: recipientRole === "MENTEE" ? `You have been matched with ${name} as your mentor` : `${name} has been matched with you as your mentee`,
    body: `The BruinBridge program coordinators matched you with ${name}. Say hello in your chat.`,
    link: chatLink(partner.id),
  };
}

export function passwordChanged(how: "reset" | "change"): Content {
  return {
    kind: "PASSWORD_CHANGED",
    title: "Your BruinBridge password was changed",
    body: `${how === "reset" ? "Your password was reset with a link sent to this address, and every device was signed out" : "Your password was changed from your account settings, and every other device was signed out"}. If this was you, there is nothing to do. If it was not, reset your password at once and contact the program coordinators.`,
    link: "/account",
  };
}

const dateInWords = (date: Date) =>
  new Intl.DateTimeFormat("en-US", { dateStyle: "full", timeStyle: "short", timeZone: "America/Los_Angeles" }).format(date);

export function deletionScheduled(permanentDeletionDate: Date): Content {
  return {
    kind: "DELETION_SCHEDULED",
    title: "Your BruinBridge account is scheduled for deletion",
    body: `Your account and everything in it will be deleted permanently on ${dateInWords(permanentDeletionDate)} (Pacific time).\nChanged your mind? Until then you can keep your account: open the recovery page and sign in with your email and password.`,
    link: "/recover",
  };
}
