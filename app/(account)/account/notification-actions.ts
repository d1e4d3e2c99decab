"use server";

import { requirePageUser } from "@/app/_lib/session";
import { errorState, type FormState } from "@/lib/form-state";
import { isSecurityKind, NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { updateNotificationSettings } from "@/lib/notifications/settings";

/** The email toggles of account settings: a checked box is on; security kinds are not in the form. */
export async function saveEmailSettings(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requirePageUser("/account");
  const email = Object.fromEntries(NOTIFICATION_KINDS.filter((kind) => !isSecurityKind(kind)).map((kind) => [kind, formData.get(kind) === "on"]));
  try {
    await updateNotificationSettings({ userId: user.id, input: { email } });
  } catch (error) {
    return errorState(error);
  }
  return { status: "success", message: "Your email settings are saved." };
}
