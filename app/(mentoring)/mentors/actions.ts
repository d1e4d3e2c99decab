"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { errorState, formValues, invalidState, type FormState } from "@/lib/form-state";
import { requirePageUser } from "@/app/_lib/session";
import { endMatchAsMentee } from "@/lib/matching/end-match";
import { sendRequest, withdrawRequest } from "@/lib/matching/requests";
import { blacklistMentor } from "@/lib/users/blacklist-mentor";
import { endMatchFormSchema, requestFormSchema } from "../_lib/schemas";

const PAGE = "/mentors";

function done(notice: string): never {
  revalidatePath(PAGE);
  revalidatePath("/dashboard");
  redirect(`${PAGE}?notice=${notice}`);
}

export async function requestMentor(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = requestFormSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalidState(parsed.error);
  const user = await requirePageUser(PAGE);
  try {
    await sendRequest({ menteeId: user.id, input: parsed.data });
  } catch (error) {
    return errorState(error);
  }
  done("requested");
}

export async function withdrawMentorRequest(_previous: FormState, formData: FormData): Promise<FormState> {
  const requestId = formData.get("requestId");
  const user = await requirePageUser(PAGE);
  try {
    await withdrawRequest({ menteeId: user.id, requestId: typeof requestId === "string" ? requestId : "" });
  } catch (error) {
    return errorState(error);
  }
  done("withdrawn");
}

export async function blockMentor(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requirePageUser(PAGE);
  try {
    await blacklistMentor({ menteeId: user.id, mentorEmail: formData.get("mentor_email") });
  } catch (error) {
    return errorState(error);
  }
  done("blocked");
}

/** The mentee ends their match, with an optional reason for the mentor (both are notified). */
export async function endMyMatch(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = endMatchFormSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalidState(parsed.error);
  const user = await requirePageUser(PAGE);
  try {
    await endMatchAsMentee({ menteeId: user.id, input: parsed.data });
  } catch (error) {
    return errorState(error);
  }
  done("ended");
}
