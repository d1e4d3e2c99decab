/**
 * The profile form as the browser holds it (strings, checkboxes, lists of text inputs) and its
 * translation into the input of `updateProfile`. The rules themselves are the survey's
 * (lib/users/profile-schemas.ts); the form schemas below only describe the form's shape and add
 * what the onboarding survey asks for on top (a name, a year and a major). The server actions
 * parse with these; the browser checks the same rules with the zod/mini mirror in
 * client-schemas.ts (issue 13), held to the same answers by client-schemas.test.ts.
 */
import { z } from "zod";
import { MAX_STUDIES, surveySchema, YEARS } from "@/lib/users/profile-schemas";
import type { BackgroundFlag, ProfileFormValues, StudyItem, StudyList } from "./profile-sections";

export { PROFILE_SECTIONS, sectionOf, type BackgroundFlag, type ProfileFormValues, type ProfileSection, type StudyItem, type StudyList } from "./profile-sections";

const YEAR_VALUES = new Set(YEARS.map((year) => String(year.value)));

const studyList = (label: string) =>
  z
    .array(z.object({ value: z.string().trim().max(100, `A ${label} can be at most 100 characters`) }))
    .max(MAX_STUDIES, `List at most ${MAX_STUDIES} ${label}s`);

const { shape } = surveySchema;

/** The edit form: every field may stay empty, as in the survey rules. */
export const profileFormSchema = z.object({
  firstName: shape.firstName,
  lastName: shape.lastName,
  year: z.string().refine((value) => value === "" || YEAR_VALUES.has(value), "Choose your year from the list"),
  major: studyList("major"),
  minor: studyList("minor"),
  firstgen: z.boolean(),
  transfer: z.boolean(),
  international: z.boolean(),
  commuter: z.boolean(),
  outofstate: z.boolean(),
  otherBackground: shape.otherBackground,
  hobbies: shape.hobbies,
  clubs: shape.clubs,
  goals: shape.goals,
});

/** The onboarding survey also asks for what makes a profile complete (`isProfileComplete`). */
export const surveyFormSchema = profileFormSchema.extend({
  firstName: shape.firstName.min(1, "Enter your first name"),
  lastName: shape.lastName.min(1, "Enter your last name"),
  year: profileFormSchema.shape.year.refine((value) => value !== "", "Choose your year"),
  major: studyList("major").refine((list) => list.some((item) => item.value.trim() !== ""), "Add at least one major (“Undeclared” is fine)"),
});

/** The form's starting values: the profile as it is now. */
export function profileFormDefaults(user: {
  firstName: string;
  lastName: string;
  year: number | null;
  major: string[];
  minor: string[];
  hobbies: string;
  clubs: string;
  goals: string;
  otherBackground: string;
} & Record<BackgroundFlag, boolean>): ProfileFormValues {
  // An empty row invites the first entry.
  const rows = (list: string[]) => (list.length > 0 ? list.map((value) => ({ value })) : [{ value: "" }]);
  return {
    firstName: user.firstName,
    lastName: user.lastName,
    year: user.year === null ? "" : String(user.year),
    major: rows(user.major),
    minor: rows(user.minor),
    firstgen: user.firstgen,
    transfer: user.transfer,
    international: user.international,
    commuter: user.commuter,
    outofstate: user.outofstate,
    otherBackground: user.otherBackground,
    hobbies: user.hobbies,
    clubs: user.clubs,
    goals: user.goals,
  };
}

const text = (formData: FormData, name: string): string => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** `major.0.value`, `major.1.value`, … in the order of their index. */
function studyItems(formData: FormData, list: StudyList): StudyItem[] {
  const pattern = new RegExp(`^${list}\\.(\\d{1,2})\\.value$`);
  const items: { index: number; value: string }[] = [];
  for (const [key, value] of formData) {
    const match = pattern.exec(key);
    if (match && typeof value === "string") items.push({ index: Number(match[1]), value });
  }
  return items.sort((a, b) => a.index - b.index).map(({ value }) => ({ value }));
}

/** The submitted form in the shape of `ProfileFormValues`, for the server-side parse. */
export function readProfileForm(formData: FormData): ProfileFormValues {
  // A checked checkbox is posted as "on"; an unchecked one is not posted at all.
  const checked = (name: BackgroundFlag) => formData.get(name) !== null;
  return {
    firstName: text(formData, "firstName"),
    lastName: text(formData, "lastName"),
    year: text(formData, "year"),
    major: studyItems(formData, "major"),
    minor: studyItems(formData, "minor"),
    firstgen: checked("firstgen"),
    transfer: checked("transfer"),
    international: checked("international"),
    commuter: checked("commuter"),
    outofstate: checked("outofstate"),
    otherBackground: text(formData, "otherBackground"),
    hobbies: text(formData, "hobbies"),
    clubs: text(formData, "clubs"),
    goals: text(formData, "goals"),
  };
}

/**
 * The parsed form as `updateProfile` takes it: the year as a number (or null), each list without
 * its empty rows. `fieldNames` renames the operation's error keys (`major.0`, counted without the
 * empty rows) back to the inputs they belong to (`major.2.value`).
 */
export function toProfileInput(values: ProfileFormValues) {
  const fieldNames: Record<string, string> = {};
  const list = (name: StudyList) => {
    const kept: string[] = [];
    values[name].forEach((item, index) => {
      const value = item.value.trim();
      if (!value) return;
      fieldNames[`${name}.${kept.length}`] = `${name}.${index}.value`;
      kept.push(value);
    });
    return kept;
  };
  const input = {
    firstName: values.firstName,
    lastName: values.lastName,
    year: values.year === "" ? null : Number.parseInt(values.year, 10),
    major: list("major"),
    minor: list("minor"),
    firstgen: values.firstgen,
    transfer: values.transfer,
    international: values.international,
    commuter: values.commuter,
    outofstate: values.outofstate,
    otherBackground: values.otherBackground,
    hobbies: values.hobbies,
    clubs: values.clubs,
    goals: values.goals,
  };
  return { input, fieldNames };
}
