"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { errorState, formValues, invalidState, type FormState } from "@/lib/form-state";
import { clientIp } from "@/lib/http/client-ip";
import { resetPassword } from "@/lib/users/reset-password";
import { resetPasswordFormSchema } from "@/lib/users/schemas";

/** Bound to the link's token by the page; only this POST uses it up. */
export async function setNewPassword(token: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = resetPasswordFormSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalidState(parsed.error);
  try {
    await resetPassword({ token, input: { new_password: parsed.data.password }, ip: clientIp(await headers()) });
  } catch (error) {
    return errorState(error, { new_password: "password" });
  }
  redirect("/login?reset=1");
}
