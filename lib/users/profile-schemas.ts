/**
 * The survey fields (`User.SURVEY_FIELDS` of the original) and their rules. Client-safe: shared by
 * the survey and profile forms and the server. Any other key is dropped, never written.
 */
import { z } from "zod";
import { text as safeText } from "@/lib/text-schema";
import { BACKGROUND_FLAGS, MAX_STUDIES, YEARS } from "./profile-options";

export const SURVEY_FIELDS = [
  "firstName", "lastName", "year", "major", "minor", "hobbies", "clubs", "goals", "otherBackground",
  "international", "commuter", "firstgen", "outofstate", "transfer", "profilePictureUrl",
] as const;
export type SurveyField = (typeof SURVEY_FIELDS)[number];

export { BACKGROUND_FLAGS, MAX_STUDIES, YEARS };

const name = (label: string) => safeText(`${label} must be text`).trim().max(50, `${label} can be at most 50 characters`);
const text = (label: string, max: number) => safeText(`${label} must be text`).trim().max(max, `${label} can be at most ${max} characters`);
const studies = (label: string) =>
  z
    .array(safeText(`Each ${label} must be text`).trim().min(1, `A ${label} cannot be empty`).max(100, `A ${label} can be at most 100 characters`), {
      error: `${label[0]?.toUpperCase()}${label.slice(1)}s must be a list`,
    })
    .max(MAX_STUDIES, `List at most ${MAX_STUDIES} ${label}s`)
    // Case-insensitive duplicates collapse into their first spelling.
    .transform((list) => list.filter((item, index) => list.findIndex((other) => other.toLowerCase() === item.toLowerCase()) === index));
const flag = (label: string) => z.boolean({ error: `${label} must be true or false` });

export const surveySchema = z.object({
  firstName: name("First name"),
  lastName: name("Last name"),
  year: z
    .number({ error: "Year must be a number from 0 to 5" })
    .int("Year must be a whole number")
    .min(0, "Year must be from 0 to 5")
    .max(5, "Year must be from 0 to 5")
    .nullable(),
  major: studies("major"),
  minor: studies("minor"),
  hobbies: text("Hobbies", 500),
  clubs: text("Clubs", 500),
  goals: text("Goals", 1000),
  otherBackground: text("Other background", 500),
  international: flag("International"),
  commuter: flag("Commuter"),
  firstgen: flag("First-generation"),
  outofstate: flag("Out-of-state"),
  transfer: flag("Transfer"),
  profilePictureUrl: safeText("Profile picture must be a URL").trim().max(500),
});

/** Any subset of the survey fields; unknown keys are stripped. */
export const profileUpdateSchema = surveySchema.partial();
export type ProfileUpdate = z.infer<typeof profileUpdateSchema>;

export const changeRoleSchema = z.object({
  new_role: z.enum(["MENTEE", "MENTOR"], { error: "new_role must be MENTEE or MENTOR" }),
});
