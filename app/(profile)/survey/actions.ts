"use server";

import type { FormState } from "@/lib/form-state";
import { surveyFormSchema } from "../_lib/profile-form";
import { saveProfileForm } from "../_lib/save-profile";

/** The survey's final Submit: every step's answers in one profile update. */
export async function saveSurvey(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveProfileForm(formData, { schema: surveyFormSchema, path: "/survey", saved: "survey" });
}
