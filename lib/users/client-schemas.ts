/**
 * The account forms' checks in the browser: a zod/mini mirror of schemas.ts, whose messages and
 * order of checks it repeats. Classic zod cannot be tree-shaken and would add ~27 kB gzip to every
 * form page (issue 13: first-load JS ≤ 1.3× a hello-world); zod/mini adds ~6 kB. The server still
 * parses every submission with schemas.ts, and client-schemas.test.ts holds both to the same
 * answers, so the two cannot drift apart unnoticed.
 */
import * as z from "zod/mini";
import { NUL_MESSAGE, WITHOUT_NUL } from "@/lib/text-rules";
import { isAllowedEmail } from "./email";
import { PASSWORD_MAX, PASSWORD_MIN } from "./limits";

/** `text()` of lib/text-schema.ts: a string without NUL. */
export const text = (error: string) => z.string({ error }).check(z.regex(WITHOUT_NUL, NUL_MESSAGE));

export const emailSchema = z.pipe(
  text("Enter your UCLA email address").check(
    z.trim(),
    z.toLowerCase(),
    z.minLength(1, "Enter your UCLA email address"),
    z.maxLength(254, "That email address is too long"),
  ),
  z.email({ error: "Enter a valid email address" }),
);

const passwordSchema = text("Enter a password").check(
  z.minLength(1, "Enter a password"),
  z.minLength(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`),
  z.maxLength(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`),
);

const currentPasswordSchema = text("Enter your password").check(z.minLength(1, "Enter your password"), z.maxLength(1024, "Enter your password"));

export const registerSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  role: z._default(z.enum(["MENTEE", "MENTOR"], { error: "Choose mentee or mentor" }), "MENTEE"),
});

/**
 * The sign-up form also checks the allowed domains, a server setting, so that every mistake shows
 * at once (the server checks them again in registerUser).
 */
export function registerFormSchema(allowedDomains: string[], message: string) {
  return z.extend(registerSchema, {
    email: emailSchema.check(z.refine((email: string) => isAllowedEmail(email, allowedDomains), message)),
  });
}

export const loginSchema = z.object({ email: emailSchema, password: currentPasswordSchema });

export const emailOnlySchema = z.object({ email: emailSchema });

export const resetPasswordFormSchema = z
  .object({ password: passwordSchema, confirm: z.string() })
  .check(z.refine((value) => value.password === value.confirm, { path: ["confirm"], message: "The passwords do not match" }));

export const deleteAccountSchema = z.object({
  confirmation: text("Type your email address to confirm").check(z.trim(), z.minLength(1, "Type your email address to confirm")),
});
