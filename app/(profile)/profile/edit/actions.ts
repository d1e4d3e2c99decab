"use server";

import { revalidatePath } from "next/cache";
import { errorState, type FormState } from "@/lib/form-state";
import { requirePageUser } from "@/app/_lib/session";
import { withFaceCrop } from "@/lib/pictures/cloudinary";
import { setProfilePicture } from "@/lib/users/set-profile-picture";
import { updateProfile } from "@/lib/users/update-profile";
import { PICTURE_MAX_BYTES, PICTURE_MISSING, PICTURE_TOO_LARGE } from "../../_lib/picture-form";
import { profileFormSchema } from "../../_lib/profile-form";
import { saveProfileForm } from "../../_lib/save-profile";

const PATH = "/profile/edit";

export async function saveProfile(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveProfileForm(formData, { schema: profileFormSchema, path: PATH, saved: "profile" });
}

const fileError = (message: string): FormState => ({ status: "error", code: "INVALID_INPUT", errors: { file: [message] } });

/** Stores the chosen picture: checked by its content, cropped to 400×400. */
async function storePicture(formData: FormData): Promise<FormState> {
  const user = await requirePageUser(PATH);
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return fileError(PICTURE_MISSING);
  if (file.size > PICTURE_MAX_BYTES) return fileError(PICTURE_TOO_LARGE);

  try {
    await setProfilePicture({ userId: user.id, bytes: Buffer.from(await file.arrayBuffer()) });
  } catch (error) {
    return errorState(error);
  }
  return { status: "success", message: "Your new picture is saved." };
}

/** "Upload picture": stores the chosen picture and shows it at once. */
export async function uploadPicture(_previous: FormState, formData: FormData): Promise<FormState> {
  const state = await storePicture(formData);
  if (state.status === "success") revalidatePath("/", "layout");
  return state;
}

/**
 * "Save changes" with a chosen picture: stored first, then the profile form is posted, whose save
 * revalidates and redirects to the profile. No revalidation here: a refresh of the edit page still
 * on its way when the redirect arrived left the address bar on /profile/edit (issue 12).
 */
export async function uploadPictureBeforeSave(formData: FormData): Promise<FormState> {
  return storePicture(formData);
}

export async function removePicture(_previous: FormState): Promise<FormState> {
  const user = await requirePageUser(PATH);
  try {
    await updateProfile({ userId: user.id, input: { profilePictureUrl: "" } });
  } catch (error) {
    return errorState(error);
  }
  revalidatePath("/", "layout");
  return { status: "success", message: "Your picture is removed. Others now see your initials." };
}

/**
 * Cloudinary mode: the browser uploaded through next-cloudinary's signed widget; the profile now
 * points at that picture, delivered with the face crop. updateProfile accepts only our cloud's URLs.
 */
export async function saveCloudinaryPicture(url: string): Promise<FormState> {
  const user = await requirePageUser(PATH);
  try {
    await updateProfile({ userId: user.id, input: { profilePictureUrl: typeof url === "string" ? withFaceCrop(url) : "" } });
  } catch (error) {
    return errorState(error, { profilePictureUrl: "file" });
  }
  revalidatePath("/", "layout");
  return { status: "success", message: "Your new picture is saved." };
}
