"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { currentSessionToken } from "@/auth";
import { requirePageUser } from "@/app/_lib/session";
import { errorState, formValues, invalidState, type FormState } from "@/lib/form-state";
import { isAppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { changePassword } from "@/lib/users/change-password";
import { changePasswordFormSchema } from "@/lib/users/schemas";
import { signOutOtherSessions, signOutSession } from "@/lib/users/sign-out-sessions";

/** The acting user and the token of this very session; both from the session cookie only. */
async function sessionOwner() {
  const user = await requirePageUser("/account");
  const token = await currentSessionToken();
  // requirePageUser accepted the session, so its cookie names a live session record.
  if (!token) throw new Error("a signed-in request without a session token");
  return { user, token };
}

export async function changeOwnPassword(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = changePasswordFormSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalidState(parsed.error);
  const { user, token } = await sessionOwner();
  let sessionsRevoked: number;
  try {
    ({ sessionsRevoked } = await changePassword({ userId: user.id, currentSessionToken: token, input: parsed.data, ip: clientIp(await headers()) }));
  } catch (error) {
    return errorState(error);
  }
  revalidatePath("/account");
  const others = sessionsRevoked === 0 ? "" : sessionsRevoked === 1 ? " Your other device has been signed out." : ` Your ${sessionsRevoked} other devices have been signed out.`;
  return { status: "success", message: `Your password has been changed.${others} We emailed you a note about it.` };
}

/** "Sign out" on one device of the list: only a session of the signed-in user can be named. */
export async function signOutDevice(formData: FormData): Promise<void> {
  const { user } = await sessionOwner();
  const sessionId = formData.get("sessionId");
  try {
    await signOutSession({ userId: user.id, sessionId: typeof sessionId === "string" ? sessionId : "" });
  } catch (error) {
    // Already signed out (another tab got there first): the refreshed list says so.
    if (!isAppError(error) || error.code !== "NOT_FOUND") throw error;
  }
  revalidatePath("/account");
}

export async function signOutEverywhereElse(): Promise<void> {
  const { user, token } = await sessionOwner();
  await signOutOtherSessions({ userId: user.id, currentSessionToken: token });
  revalidatePath("/account");
}
