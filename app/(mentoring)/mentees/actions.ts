"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { errorState, formValues, invalidState, type FormState } from "@/lib/form-state";
import { requirePageUser } from "@/app/_lib/session";
import { updateMentorSettings } from "@/lib/matching/mentor-settings";
import { acceptRequest, declineRequest } from "@/lib/matching/requests";
import { removeMentee } from "@/lib/users/roster";
import { declineFormSchema } from "../_lib/schemas";

const PAGE = "/mentees";

function done(notice: string): never {
  revalidatePath(PAGE);
  revalidatePath("/dashboard");
  redirect(`${PAGE}?notice=${notice}`);
}

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

export async function acceptMenteeRequest(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requirePageUser(PAGE);
  try {
    await acceptRequest({ mentorId: user.id, requestId: text(formData.get("requestId")) });
  } catch (error) {
    return errorState(error);
  }
  done("accepted");
}

export async function declineMenteeRequest(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = declineFormSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalidState(parsed.error);
  const user = await requirePageUser(PAGE);
  try {
    await declineRequest({ mentorId: user.id, requestId: parsed.data.requestId, input: { reason: parsed.data.reason } });
  } catch (error) {
    return errorState(error);
  }
  done("declined");
}

export async function removeFromRoster(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requirePageUser(PAGE);
  try {
    await removeMentee({ mentorId: user.id, menteeEmail: text(formData.get("mentee_email")) });
  } catch (error) {
    return errorState(error);
  }
  done("removed");
}

/**
 * The mentor's intake settings: a checkbox (`accepting_mentees=on`) and a capacity chosen from
 * 1–MAX_MENTEES. The domain operation validates both (a missing or odd capacity is a field error).
 */
export async function saveMentorSettings(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requirePageUser(PAGE);
  const raw = formData.get("capacity");
  const capacity = typeof raw === "string" && /^\d{1,3}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  try {
    await updateMentorSettings({ mentorId: user.id, input: { accepting_mentees: formData.get("accepting_mentees") === "on", capacity } });
  } catch (error) {
    return errorState(error);
  }
  done("settings");
}
