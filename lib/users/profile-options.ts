/**
 * The choices and limits of the survey that the forms render. Zod-free, so that the profile forms
 * can import them without loading zod in the browser (issue 13); profile-schemas.ts re-exports them.
 */
export const YEARS = [
  { value: 0, label: "Incoming student" },
  { value: 1, label: "1st year" },
  { value: 2, label: "2nd year" },
  { value: 3, label: "3rd year" },
  { value: 4, label: "4th year" },
  { value: 5, label: "5th year or later" },
] as const;

export const BACKGROUND_FLAGS = [
  { key: "firstgen", label: "First-generation college student" },
  { key: "transfer", label: "Transfer student" },
  { key: "international", label: "International student" },
  { key: "commuter", label: "Commuter" },
  { key: "outofstate", label: "Out-of-state student" },
] as const;

export const MAX_STUDIES = 4;
