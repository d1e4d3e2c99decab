"use server";

import { isAppError } from "@/lib/errors";
import { resubscribeWithLink } from "@/lib/notifications/settings";

export type ResubscribeState = { status: "idle" | "done" | "error"; message?: string };

/** "Resubscribe" on the confirmation page: the same signed token, no session needed. */
export async function resubscribe(_previous: ResubscribeState, formData: FormData): Promise<ResubscribeState> {
  try {
    await resubscribeWithLink({ token: formData.get("token") });
    return { status: "done" };
  } catch (error) {
    if (isAppError(error)) return { status: "error", message: error.message };
    console.error("[unsubscribe] resubscribe failed", error);
    return { status: "error", message: "Something went wrong on our side. Please try again in a moment." };
  }
}
