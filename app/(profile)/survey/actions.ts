"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { errorState, invalidState, type FormState } from "@/app/_lib/form-state";
import { requirePageUser } from "@/app/_lib/session";
import { updateProfile } from "@/lib/users/update-profile";
import { readProfileForm, surveyFormSchema, toProfileInput } from "../_lib/profile-form";

/** The survey's final Submit: every step's answers in one profile update. */
export async function saveSurvey(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requirePageUser("/survey");
  const parsed = surveyFormSchema.safeParse(readProfileForm(formData));
  if (!parsed.success) return invalidState(parsed.error);
  const { input, fieldNames } = toProfileInput(parsed.data);

  try {
    await updateProfile({ userId: user.id, input });
  } catch (error) {
    return errorState(error, fieldNames);
  }
  // The dashboard's reminder and the header depend on the profile too.
  revalidatePath("/", "layout");
  redirect("/profile?saved=survey");
}
