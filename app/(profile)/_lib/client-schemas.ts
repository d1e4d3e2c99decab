/**
 * The survey and edit forms' checks in the browser: a zod/mini mirror of profileFormSchema and
 * surveyFormSchema (profile-form.ts, built on lib/users/profile-schemas.ts), with the same
 * messages in the same order. Classic zod would add ~27 kB gzip to both pages (issue 13); the
 * server actions still parse with the classic schemas, and client-schemas.test.ts holds both to the
 * same answers.
 */
import * as z from "zod/mini";
import { text as safeText } from "@/lib/users/client-schemas";
import { MAX_STUDIES, YEARS } from "@/lib/users/profile-options";

const YEAR_VALUES = new Set<string>(YEARS.map((year) => String(year.value)));

const name = (label: string) => safeText(`${label} must be text`).check(z.trim(), z.maxLength(50, `${label} can be at most 50 characters`));
const text = (label: string, max: number) => safeText(`${label} must be text`).check(z.trim(), z.maxLength(max, `${label} can be at most ${max} characters`));
const studyList = (label: string) =>
  z
    .array(z.object({ value: z.string().check(z.trim(), z.maxLength(100, `A ${label} can be at most 100 characters`)) }))
    .check(z.maxLength(MAX_STUDIES, `List at most ${MAX_STUDIES} ${label}s`));
const year = () => z.string().check(z.refine((value: string) => value === "" || YEAR_VALUES.has(value), "Choose your year from the list"));

const fields = {
  firstName: name("First name"),
  lastName: name("Last name"),
  year: year(),
  major: studyList("major"),
  minor: studyList("minor"),
  firstgen: z.boolean(),
  transfer: z.boolean(),
  international: z.boolean(),
  commuter: z.boolean(),
  outofstate: z.boolean(),
  otherBackground: text("Other background", 500),
  hobbies: text("Hobbies", 500),
  clubs: text("Clubs", 500),
  goals: text("Goals", 1000),
};

export const profileFormSchema = z.object(fields);

export const surveyFormSchema = z.object({
  ...fields,
  firstName: name("First name").check(z.minLength(1, "Enter your first name")),
  lastName: name("Last name").check(z.minLength(1, "Enter your last name")),
  year: year().check(z.refine((value: string) => value !== "", "Choose your year")),
  major: studyList("major").check(z.refine((list: { value: string }[]) => list.some((item) => item.value.trim() !== ""), "Add at least one major (“Undeclared” is fine)")),
});
