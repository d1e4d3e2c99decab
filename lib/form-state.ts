/**
 * What the forms' server actions answer to `useActionState`, and how they translate domain errors
 * into it. A state never carries what was typed into a password field, nor a hash or token.
 */
import type { z } from "zod";
import { isAppError, type ErrorCode, type FieldErrors } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/users/schemas";

export interface FormState {
  status: "idle" | "success" | "error";
  /** A message for the whole form (success or error). */
  message?: string;
  /** Errors shown next to their fields, keyed by the form's field names. */
  errors?: FieldErrors;
  /** The domain error code, for forms that show more than the message (e.g. a link). */
  code?: ErrorCode;
}

/** What a user sees of an unexpected failure; the details go to the server log only. */
export const UNEXPECTED_ERROR = "Something went wrong on our side. Please try again in a moment.";

/** The text fields of a submitted form, for the shared zod schemas; files are never expected here. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string") values[key] = value;
  return values;
}

/** The state that shows a failed schema parse next to the fields. */
export function invalidState(error: z.ZodError): FormState {
  return withFieldErrors(fieldErrorsOf(error));
}

function withFieldErrors(errors: FieldErrors, code: ErrorCode = "INVALID_INPUT"): FormState {
  const { _: formErrors, ...fields } = errors;
  return { status: "error", code, errors: fields, message: formErrors?.[0] };
}

function retryText(seconds: number | undefined): string {
  const minutes = Math.max(1, Math.ceil((seconds ?? 60) / 60));
  return `Too many attempts. Please try again in ${minutes === 1 ? "a minute" : `${minutes} minutes`}.`;
}

/**
 * Translates what a domain operation threw. `fields` renames the operation's field names to the
 * form's (`{ new_password: "password" }`). Anything but an AppError is logged and answered with a
 * generic message: its text is not for users.
 */
export function errorState(error: unknown, fields: Record<string, string> = {}): FormState {
  if (!isAppError(error)) {
    console.error("[form] unexpected error", error);
    return { status: "error", message: UNEXPECTED_ERROR };
  }
  if (error.code === "RATE_LIMITED") return { status: "error", code: error.code, message: retryText(error.retryAfter) };
  if (error.fieldErrors) {
    const renamed = Object.fromEntries(Object.entries(error.fieldErrors).map(([name, messages]) => [fields[name] ?? name, messages]));
    return withFieldErrors(renamed, error.code);
  }
  return { status: "error", code: error.code, message: error.message };
}
