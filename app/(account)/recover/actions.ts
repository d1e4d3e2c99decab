"use server";

import { headers } from "next/headers";
import { errorState, formValues, invalidState, type FormState } from "@/lib/form-state";
import type { ErrorCode } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { cancelDeletionByCredentials } from "@/lib/users/cancel-account-deletion";
import { loginSchema } from "@/lib/users/schemas";

/** Clearer words than the operation's for the answers this page expects. */
const MESSAGES: Partial<Record<ErrorCode, string>> = {
  UNAUTHORIZED: "Invalid email or password.",
  CONFLICT: "The grace period is over: this account has been deleted and can no longer be recovered.",
  INVALID_INPUT: "This account is not scheduled for deletion, so there is nothing to recover. You can log in as usual.",
};

export async function recoverAccount(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = loginSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalidState(parsed.error);
  try {
    await cancelDeletionByCredentials({ input: parsed.data, ip: clientIp(await headers()) });
  } catch (error) {
    const state = errorState(error);
    // Field errors keep their own words; a whole-form answer gets this page's.
    const message = state.code && !state.errors ? MESSAGES[state.code] : undefined;
    return message ? { ...state, message } : state;
  }
  return { status: "success", message: "Your account is restored. You can log in now." };
}
