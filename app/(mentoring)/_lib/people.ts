/**
 * What the mentoring pages show of a person. Client components get this view, never a user row:
 * a row also holds token hashes and other fields that must not reach the browser.
 */
import { BACKGROUND_FLAGS, YEARS } from "@/lib/users/profile-schemas";
import type { SerializableUser } from "@/lib/users/serialize";

export interface PersonView {
  /** The user id: what the chat page's address names (never the email). */
  id: string;
  email: string;
  /** The full name, or the email's local part for someone who has not given a name yet. */
  name: string;
  firstName: string;
  pictureUrl: string;
  /** "3rd year", or null before the survey says. */
  year: string | null;
  majors: string[];
  minors: string[];
  /** Labels of the background flags that are set, then the free-text "other background". */
  background: string[];
  goals: string;
}

type PersonRow = Pick<
  SerializableUser,
  "id" | "email" | "firstName" | "lastName" | "profilePictureUrl" | "year" | "major" | "minor" | "goals" | "otherBackground" | "firstgen" | "transfer" | "international" | "commuter" | "outofstate"
>;

export function yearLabel(year: number | null): string | null {
  return YEARS.find((entry) => entry.value === year)?.label ?? null;
}

export function displayName(user: Pick<SerializableUser, "email" | "firstName" | "lastName">): string {
  const name = [user.firstName.trim(), user.lastName.trim()].filter(Boolean).join(" ");
  return name || (user.email.split("@")[0] ?? user.email);
}

export function personView(user: PersonRow): PersonView {
  const background: string[] = BACKGROUND_FLAGS.filter((flag) => user[flag.key]).map((flag) => flag.label);
  if (user.otherBackground.trim()) background.push(user.otherBackground.trim());
  return {
    id: user.id,
    email: user.email,
    name: displayName(user),
    firstName: user.firstName.trim() || displayName(user),
    pictureUrl: user.profilePictureUrl,
    year: yearLabel(user.year),
    majors: user.major.filter((m) => m.trim()),
    minors: user.minor.filter((m) => m.trim()),
    background,
    goals: user.goals.trim(),
  };
}

/**
 * The chat page with a partner, named by their user id: emails stay out of addresses, browser
 * history and logs (issue 12). Old links by email redirect here (chat/[partner]/page.tsx).
 */
export const chatHref = (partnerId: string) => `/chat/${encodeURIComponent(partnerId)}`;
