/**
 * The console forms' checks in the browser: a mirror of schemas.ts with the same messages in the
 * same order, written with lib/form-checks.ts (zod, even zod/mini, would add ~20 kB gzip to the
 * user page, issue 13); the server actions still parse with the zod schemas, and
 * client-schemas.test.ts holds both to the same answers.
 */
import { maxLength, minLength, object, trim, uuid } from "@/lib/form-checks";
import { text } from "@/lib/users/client-schemas";

/** The longest reason lib/admin/schemas.ts accepts; the dialog counts down to it. */
export const ADMIN_REASON_MAX = 500;

export const targetSchema = object({
  userId: uuid("No user chosen"),
});

export const reasonFormSchema = object({
  userId: uuid("No user chosen"),
  reason: text("Give a reason", trim(), minLength(1, "Give a reason"), maxLength(ADMIN_REASON_MAX, `At most ${ADMIN_REASON_MAX} characters`)),
});
