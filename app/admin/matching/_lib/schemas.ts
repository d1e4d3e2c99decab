/** The matching pages' forms, parsed on the server (client-schemas.ts mirrors the pair form for the browser). */
import { z } from "zod";
import { text } from "@/lib/text-schema";

const emailField = (label: string) =>
  text(`Enter the ${label}'s email`)
    .trim()
    .toLowerCase()
    .min(1, `Enter the ${label}'s email`)
    .max(254, "That email address is too long")
    .pipe(z.email({ error: "Enter a valid email address" }));

/** One pair typed into "Pin a pair" or "Forbid a pair". */
export const pairFormSchema = z.object({
  mentee: emailField("mentee"),
  mentor: emailField("mentor"),
});

/** The run a Publish or Discard button acts on (a hidden field). */
export const runFormSchema = z.object({
  runId: z.uuid({ error: "No run chosen" }),
});

/**
 * "Create draft" / "Re-solve": the accumulated pins and forbids travel as JSON in two hidden
 * fields; createRun's own schema checks their content.
 */
export const solveFormSchema = z.object({
  pin: text("Invalid pins").default("[]"),
  forbid: text("Invalid forbids").default("[]"),
});
