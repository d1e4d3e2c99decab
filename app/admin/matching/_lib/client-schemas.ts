/**
 * The browser's check of "Pin a pair" / "Forbid a pair": a mirror of schemas.ts's pairFormSchema
 * with lib/form-checks.ts (no zod in the browser, issue 13); client-schemas.test.ts holds both to
 * the same answers. The server (createRun) has the last word on who the emails name.
 */
import { email, maxLength, minLength, object, toLowerCase, trim } from "@/lib/form-checks";
import { text } from "@/lib/users/client-schemas";

const emailField = (label: string) =>
  text(`Enter the ${label}'s email`, trim(), toLowerCase(), minLength(1, `Enter the ${label}'s email`), maxLength(254, "That email address is too long"), email("Enter a valid email address"));

export const pairFormSchema = object({
  mentee: emailField("mentee"),
  mentor: emailField("mentor"),
});
