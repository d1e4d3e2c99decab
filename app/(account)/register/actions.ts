"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { errorState, formValues, invalidState, type FormState } from "@/lib/form-state";
import { clientIp } from "@/lib/http/client-ip";
import { registerUser } from "@/lib/users/register-user";
import { registerSchema } from "@/lib/users/schemas";

export async function signUp(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = registerSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalidState(parsed.error);

  let next: string;
  try {
    const { user } = await registerUser({ input: parsed.data, ip: clientIp(await headers()) });
    // Verified at once only when the server sends no email (SEND_EMAILS=false).
    // The address only fills in the resend form there; the page never claims it sent mail to it.
    next = user.isVerified ? "/login?registered=1" : `/check-email?${new URLSearchParams({ email: user.email })}`;
  } catch (error) {
    return errorState(error);
  }
  redirect(next);
}
