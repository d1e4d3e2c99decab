"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { endSession } from "@/auth";
import { errorState, formValues, invalidState, type FormState } from "@/lib/form-state";
import { requirePageUser } from "@/app/_lib/session";
import { clientIp } from "@/lib/http/client-ip";
import { requestAccountDeletion } from "@/lib/users/request-account-deletion";
import { rememberDeletionDate } from "../_lib/deletion-notice";
import { deleteAccountSchema } from "@/lib/users/schemas";

export async function deleteAccount(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = deleteAccountSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalidState(parsed.error);
  const user = await requirePageUser("/account");

  let permanentDeletionDate: Date;
  try {
    ({ permanentDeletionDate } = await requestAccountDeletion({ userId: user.id, confirmation: parsed.data.confirmation, ip: clientIp(await headers()) }));
  } catch (error) {
    return errorState(error);
  }
  // The operation has revoked every session in the database; this also removes the cookie.
  await endSession();
  await rememberDeletionDate(permanentDeletionDate);
  redirect("/login?deleted=1");
}
