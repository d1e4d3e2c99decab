/**
 * The survey and edit forms' checks in the browser: a mirror of profileFormSchema and
 * surveyFormSchema (profile-form.ts, built on lib/users/profile-schemas.ts) with the same messages
 * in the same order, written with lib/form-checks.ts instead of zod, which would add ~20–27 kB
 * gzip to both pages (issue 13). The server actions still parse with the zod schemas, and
 * client-schemas.test.ts holds both to the same answers.
 */
import { array, boolean, maxLength, minLength, object, refine, string, trim, type Check } from "@/lib/form-checks";
import { text as safeText } from "@/lib/users/client-schemas";
import { MAX_STUDIES, YEARS } from "@/lib/users/profile-options";

const YEAR_VALUES = new Set<string>(YEARS.map((year) => String(year.value)));

const name = (label: string, ...more: Check<string>[]) => safeText(`${label} must be text`, trim(), maxLength(50, `${label} can be at most 50 characters`), ...more);
const text = (label: string, max: number) => safeText(`${label} must be text`, trim(), maxLength(max, `${label} can be at most ${max} characters`));
const studyList = (label: string, ...more: Check<{ value: string }[]>[]) =>
  array(object({ value: string(undefined, trim(), maxLength(100, `A ${label} can be at most 100 characters`)) }), undefined, maxLength(MAX_STUDIES, `List at most ${MAX_STUDIES} ${label}s`), ...more);
const inList = refine((value: string) => value === "" || YEAR_VALUES.has(value), "Choose your year from the list");

const fields = {
  firstName: name("First name"),
  lastName: name("Last name"),
  year: string(undefined, inList),
  major: studyList("major"),
  minor: studyList("minor"),
  firstgen: boolean(),
  transfer: boolean(),
  international: boolean(),
  commuter: boolean(),
  outofstate: boolean(),
  otherBackground: text("Other background", 500),
  hobbies: text("Hobbies", 500),
  clubs: text("Clubs", 500),
  goals: text("Goals", 1000),
};

export const profileFormSchema = object(fields);

export const surveyFormSchema = object({
  ...fields,
  firstName: name("First name", minLength(1, "Enter your first name")),
  lastName: name("Last name", minLength(1, "Enter your last name")),
  year: string(undefined, inList, refine((value: string) => value !== "", "Choose your year")),
  major: studyList("major", refine((list) => list.some((item) => item.value.trim() !== ""), "Add at least one major (“Undeclared” is fine)")),
});
