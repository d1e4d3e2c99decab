"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { errorState, type FormState } from "@/lib/form-state";
import { DELETION_PAGE, requirePageUser } from "@/app/_lib/session";
import { clientIp } from "@/lib/http/client-ip";
import { cancelAccountDeletion } from "@/lib/users/cancel-account-deletion";

export async function cancelDeletion(_previous: FormState): Promise<FormState> {
  const user = await requirePageUser(DELETION_PAGE, { allowDeleting: true });
  try {
    await cancelAccountDeletion({ userId: user.id, ip: clientIp(await headers()) });
  } catch (error) {
    return errorState(error);
  }
  redirect("/account?restored=1");
}
