"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import { errorState, formValues, invalidState, type FormState } from "@/lib/form-state";
import { clientIp } from "@/lib/http/client-ip";
import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { emailOnlySchema } from "@/lib/users/schemas";

export async function sendPasswordResetLink(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = emailOnlySchema.safeParse(formValues(formData));
  if (!parsed.success) return invalidState(parsed.error);
  try {
    const { deliver } = await requestPasswordReset({ input: parsed.data, ip: clientIp(await headers()) });
    // The lookup and the email run after the answer, so every address takes the same time.
    after(deliver);
  } catch (error) {
    return errorState(error);
  }
  // The same words whatever the address: the form must not tell who has an account.
  return {
    status: "success",
    message: "If this address belongs to an account, we have emailed it a link to choose a new password. Check your inbox and spam folder.",
  };
}
