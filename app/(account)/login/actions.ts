"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { formValues, invalidState, UNEXPECTED_ERROR, type FormState } from "@/app/_lib/form-state";
import type { ErrorCode } from "@/lib/errors";
import { loginSchema } from "@/lib/users/schemas";

const FALLBACK = "/dashboard";

/**
 * Where to go after logging in: an own path only. `//host` and `/\host` are read by browsers as
 * another site, and so is anything that a URL parser resolves away from this origin.
 */
function ownPath(value: FormDataEntryValue | null): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return FALLBACK;
  const base = "http://own.invalid";
  const url = new URL(value, base);
  return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : FALLBACK;
}

const MESSAGES: Partial<Record<ErrorCode, string>> = {
  UNAUTHORIZED: "Invalid email or password.",
  EMAIL_NOT_VERIFIED: "Your email address is not verified yet. Open the link we emailed you, or ask for a new one.",
  ACCOUNT_DELETED: "This account has been deleted.",
  RATE_LIMITED: "Too many attempts. Please try again in a few minutes.",
  INVALID_INPUT: "Enter your UCLA email and your password.",
};

const isMessageCode = (code: string): code is ErrorCode => Object.hasOwn(MESSAGES, code);

function loginFailure(error: AuthError): FormState {
  // The credentials provider (auth.ts) puts the domain error code on the CredentialsSignin error;
  // any other AuthError is a failure on our side, already logged by Auth.js.
  if (error instanceof CredentialsSignin && isMessageCode(error.code)) {
    return { status: "error", code: error.code, message: MESSAGES[error.code] };
  }
  return { status: "error", message: UNEXPECTED_ERROR };
}

export async function logIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = loginSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalidState(parsed.error);
  const destination = ownPath(formData.get("callbackUrl"));

  try {
    await signIn("credentials", { ...parsed.data, redirectTo: destination, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) return loginFailure(error);
    throw error;
  }
  redirect(destination);
}
