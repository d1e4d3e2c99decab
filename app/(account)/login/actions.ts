"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { formValues, invalidState, UNEXPECTED_ERROR, type FormState } from "@/lib/form-state";
import { DELETION_PAGE } from "@/app/_lib/session";
import { prisma } from "@/lib/db";
import { safeRedirectPath } from "@/lib/http/redirect";
import type { ErrorCode } from "@/lib/errors";
import { loginSchema } from "@/lib/users/schemas";
import { isProfileComplete } from "@/lib/users/serialize";

const FALLBACK = "/dashboard";
/** Where a login without a page to go back to lands while the profile is incomplete. */
const ONBOARDING = "/survey";

const MESSAGES: Partial<Record<ErrorCode, string>> = {
  UNAUTHORIZED: "Invalid email or password.",
  EMAIL_NOT_VERIFIED: "Your email address is not verified yet. Open the link we emailed you, or ask for a new one.",
  ACCOUNT_DELETED: "This account has been deleted.",
  ACCOUNT_DEACTIVATED: "This account has been deactivated. Contact the BruinBridge team.",
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
  const requested = formData.get("callbackUrl");
  const callbackUrl = requested ? safeRedirectPath(requested, FALLBACK) : null;

  try {
    await signIn("credentials", { ...parsed.data, redirectTo: callbackUrl ?? FALLBACK, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) return loginFailure(error);
    throw error;
  }
  const account = await prisma.user.findUnique({
    where: { email: parsed.data.email },
    select: { isDeleted: true, firstName: true, lastName: true, year: true, major: true },
  });
  // A login inside the deletion grace period succeeds; its one page is the one with Cancel.
  if (account?.isDeleted) redirect(DELETION_PAGE);
  if (callbackUrl) redirect(callbackUrl);
  // The survey can be skipped; the dashboard then keeps reminding of it.
  redirect(account && !isProfileComplete(account) ? ONBOARDING : FALLBACK);
}
