/**
 * The console forms' fields. Client-safe: react-hook-form checks them in the browser and the
 * server actions parse the same schemas. The domain operations parse the reason again (they also
 * serve the JSON API), so these rules only ever refuse earlier, never differently.
 */
import { z } from "zod";
import { text } from "@/lib/text-schema";

export const ADMIN_REASON_MAX = 500;

export const targetSchema = z.object({
  userId: z.uuid({ error: "No user chosen" }),
});

export const reasonFormSchema = targetSchema.extend({
  reason: text("The reason must be text")
    .trim()
    .min(1, "Give a reason: it goes into the audit log")
    .max(ADMIN_REASON_MAX, `Keep the reason under ${ADMIN_REASON_MAX} characters`),
});
