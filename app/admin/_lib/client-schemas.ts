/**
 * The console forms' checks in the browser: a zod/mini mirror of schemas.ts with the same messages
 * in the same order. Classic zod would add ~27 kB gzip to the user page (issue 13); the server
 * actions still parse with the classic schemas, and client-schemas.test.ts holds both to the same
 * answers.
 */
import * as z from "zod/mini";
import { text } from "@/lib/users/client-schemas";

/** The longest reason lib/admin/schemas.ts accepts; the dialog counts down to it. */
export const ADMIN_REASON_MAX = 500;

export const targetSchema = z.object({
  userId: z.uuid({ error: "No user chosen" }),
});

export const reasonFormSchema = z.object({
  userId: z.uuid({ error: "No user chosen" }),
  reason: text("Give a reason").check(z.trim(), z.minLength(1, "Give a reason"), z.maxLength(ADMIN_REASON_MAX, `At most ${ADMIN_REASON_MAX} characters`)),
});
