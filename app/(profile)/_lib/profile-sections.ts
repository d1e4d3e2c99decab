/**
 * The profile form's shape and sections, zod-free: the survey and edit forms import them in the
 * browser without loading zod (issue 13). profile-form.ts re-exports them for the server side.
 */
import { BACKGROUND_FLAGS } from "@/lib/users/profile-options";

export type BackgroundFlag = (typeof BACKGROUND_FLAGS)[number]["key"];
export type StudyList = "major" | "minor";

/** One row of the "add another" list; react-hook-form's field arrays hold objects. */
export interface StudyItem {
  value: string;
}

export interface ProfileFormValues {
  firstName: string;
  lastName: string;
  /** "" (not said) or "0"…"5", as the <select> holds it. */
  year: string;
  major: StudyItem[];
  minor: StudyItem[];
  firstgen: boolean;
  transfer: boolean;
  international: boolean;
  commuter: boolean;
  outofstate: boolean;
  otherBackground: string;
  hobbies: string;
  clubs: string;
  goals: string;
}

/** The section of the form each field belongs to: the survey's steps and the edit page's cards. */
export const PROFILE_SECTIONS = [
  { id: "about", title: "About you", fields: ["firstName", "lastName", "year"] },
  { id: "academics", title: "Academics", fields: ["major", "minor"] },
  { id: "background", title: "Background", fields: ["firstgen", "transfer", "international", "commuter", "outofstate", "otherBackground"] },
  { id: "interests", title: "Interests & goals", fields: ["hobbies", "clubs", "goals"] },
] as const satisfies readonly { id: string; title: string; fields: readonly (keyof ProfileFormValues)[] }[];

export type ProfileSection = (typeof PROFILE_SECTIONS)[number];

/** The section of a field name such as `minor.1.value`; -1 for none. */
export function sectionOf(name: string): number {
  const root = name.split(".")[0];
  return PROFILE_SECTIONS.findIndex((section) => (section.fields as readonly string[]).includes(root ?? ""));
}
