/**
 * Input schemas of the account forms and API bodies: the server's parse, which has the last word.
 * The browser checks the same rules with the zod/mini mirror in client-schemas.ts (classic zod
 * would add ~27 kB gzip to every form page, issue 13); client-schemas.test.ts proves both give
 * the same answers. Rules that need the server's settings or data (allowed domains, common
 * passwords) are checked in the operations.
 */
import { z } from "zod";
import { text } from "@/lib/text-schema";
import { PASSWORD_MAX, PASSWORD_MIN } from "./limits";

export { PASSWORD_MAX, PASSWORD_MIN };

export const emailSchema = text("Enter your UCLA email address")
  .trim()
  .toLowerCase()
  .min(1, "Enter your UCLA email address")
  .max(254, "That email address is too long")
  .pipe(z.email({ error: "Enter a valid email address" }));

export const passwordSchema = text("Enter a password")
  .min(1, "Enter a password")
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`);

/** Login takes whatever was typed: the length rules apply to new passwords only. */
const currentPasswordSchema = text("Enter your password").min(1, "Enter your password").max(1024, "Enter your password");

export const SELF_ASSIGNABLE_ROLES = ["MENTEE", "MENTOR"] as const;
export const roleSchema = z.enum(SELF_ASSIGNABLE_ROLES, { error: "Choose mentee or mentor" });

export const registerSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  role: roleSchema.default("MENTEE"),
});
export type RegisterInput = z.input<typeof registerSchema>;

export const loginSchema = z.object({ email: emailSchema, password: currentPasswordSchema });
export type LoginInput = z.infer<typeof loginSchema>;

export const emailOnlySchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({ new_password: passwordSchema });

/** POST /api/users/change-password; the web form also asks for `confirm` (changePasswordFormSchema). */
export const changePasswordSchema = z.object({
  current_password: text("Enter your current password").min(1, "Enter your current password").max(1024, "Enter your current password"),
  new_password: passwordSchema,
});

export const changePasswordFormSchema = changePasswordSchema
  .extend({ confirm: z.string() })
  .refine((value) => value.new_password === value.confirm, { path: ["confirm"], message: "The passwords do not match" });

/** The web form asks twice; the API takes `new_password` once. */
export const resetPasswordFormSchema = z
  .object({ password: passwordSchema, confirm: z.string() })
  .refine((value) => value.password === value.confirm, { path: ["confirm"], message: "The passwords do not match" });

/** Turns zod issues into `{ field: [messages] }`, the shape of API and form errors. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "_";
    (result[key] ??= []).push(issue.message);
  }
  return result;
}

/** Deleting an account: the operation checks that the text is the account's email. */
export const deleteAccountSchema = z.object({
  confirmation: text("Type your email address to confirm").trim().min(1, "Type your email address to confirm"),
});
