/**
 * The account forms' checks in the browser: a mirror of schemas.ts, whose messages and order of
 * checks it repeats, written with lib/form-checks.ts instead of zod. zod would add ~20–27 kB gzip
 * to every form page (issue 13: first-load JS ≤ 1.3× a hello-world). The server still parses
 * every submission with schemas.ts, and client-schemas.test.ts holds both to the same answers, so
 * the two cannot drift apart unnoticed.
 */
import { email, matches, maxLength, minLength, object, oneOf, refine, string, toLowerCase, trim, withDefault, type Check } from "@/lib/form-checks";
import { NUL_MESSAGE, WITHOUT_NUL } from "@/lib/text-rules";
import { isAllowedEmail } from "./email";
import { PASSWORD_MAX, PASSWORD_MIN } from "./limits";

/** `text()` of lib/text-schema.ts: a string without NUL, then the given checks. */
export const text = (error: string, ...checks: Check<string>[]) => string(error, matches(WITHOUT_NUL, NUL_MESSAGE), ...checks);

const emailChecks = [
  trim(),
  toLowerCase(),
  minLength<string>(1, "Enter your UCLA email address"),
  maxLength<string>(254, "That email address is too long"),
  email("Enter a valid email address"),
];
export const emailSchema = text("Enter your UCLA email address", ...emailChecks);

const passwordSchema = text(
  "Enter a password",
  minLength(1, "Enter a password"),
  minLength(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`),
  maxLength(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`),
);

const currentPasswordSchema = text("Enter your password", minLength(1, "Enter your password"), maxLength(1024, "Enter your password"));

const role = withDefault(oneOf(["MENTEE", "MENTOR"], "Choose mentee or mentor"), "MENTEE");

export const registerSchema = object({ email: emailSchema, password: passwordSchema, role });

/**
 * The sign-up form also checks the allowed domains, a server setting, so that every mistake shows
 * at once (the server checks them again in registerUser).
 */
export function registerFormSchema(allowedDomains: string[], message: string) {
  const allowed = refine((address: string) => isAllowedEmail(address, allowedDomains), message);
  return object({ email: text("Enter your UCLA email address", ...emailChecks, allowed), password: passwordSchema, role });
}

export const loginSchema = object({ email: emailSchema, password: currentPasswordSchema });

export const emailOnlySchema = object({ email: emailSchema });

export const resetPasswordFormSchema = object(
  { password: passwordSchema, confirm: string() },
  refine((value) => value.password === value.confirm, "The passwords do not match", ["confirm"]),
);

const currentPassword = text("Enter your current password", minLength(1, "Enter your current password"), maxLength(1024, "Enter your current password"));

export const changePasswordSchema = object({ current_password: currentPassword, new_password: passwordSchema });

export const changePasswordFormSchema = object(
  { current_password: currentPassword, new_password: passwordSchema, confirm: string() },
  refine((value) => value.new_password === value.confirm, "The passwords do not match", ["confirm"]),
);

export const deleteAccountSchema = object({
  confirmation: text("Type your email address to confirm", trim(), minLength(1, "Type your email address to confirm")),
});
