/**
 * The one save path of the survey and the edit form (server-only): parse the form with its schema,
 * write it with updateProfile, and go to the profile with a notice.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { errorState, invalidState, type FormState } from "@/lib/form-state";
import { requirePageUser } from "@/app/_lib/session";
import { updateProfile } from "@/lib/users/update-profile";
import { readProfileForm, toProfileInput, type profileFormSchema } from "./profile-form";

export async function saveProfileForm(
  formData: FormData,
  { schema, path, saved }: { schema: typeof profileFormSchema; path: string; saved: string },
): Promise<FormState> {
  const user = await requirePageUser(path);
  const parsed = schema.safeParse(readProfileForm(formData));
  if (!parsed.success) return invalidState(parsed.error);
  const { input, fieldNames } = toProfileInput(parsed.data);

  try {
    await updateProfile({ userId: user.id, input });
  } catch (error) {
    return errorState(error, fieldNames);
  }
  // The dashboard's reminder and the header depend on the profile too.
  revalidatePath("/", "layout");
  redirect(`/profile?saved=${saved}`);
}
