"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { errorState, formValues, invalidState, type FormState } from "@/lib/form-state";
import { clientIp } from "@/lib/http/client-ip";
import { registerUser } from "@/lib/users/register-user";
import { registerSchema } from "@/lib/users/schemas";
import { rememberRegisteredEmail } from "../_lib/registered-email";

export async function signUp(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = registerSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalidState(parsed.error);

  let next: string;
  try {
    const { user } = await registerUser({ input: parsed.data, ip: clientIp(await headers()) });
    // Verified at once only when the server sends no email (SEND_EMAILS=false).
    if (!user.isVerified) await rememberRegisteredEmail(user.email);
    next = user.isVerified ? "/login?registered=1" : "/check-email";
  } catch (error) {
    return errorState(error);
  }
  redirect(next);
}
