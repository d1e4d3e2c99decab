/**
 * The console forms' fields. Client-safe: react-hook-form checks them in the browser and the
 * server actions parse the same schemas; the domain operations then apply lib/admin/schemas.ts's
 * `reasonSchema` again (they also serve the JSON API). The reason rule is repeated here, not
 * imported: lib/admin/schemas.ts imports lib/admin/program-stats.ts, which reads the database,
 * and a client component must not pull that into the browser bundle. The messages and limits are
 * the same, so the form never refuses differently.
 */
import { z } from "zod";
import { text } from "@/lib/text-schema";

/** The longest reason the domain accepts (lib/admin/schemas.ts). */
export const ADMIN_REASON_MAX = 500;

export const targetSchema = z.object({
  userId: z.uuid({ error: "No user chosen" }),
});

export const reasonFormSchema = targetSchema.extend({
  reason: text("Give a reason").trim().min(1, "Give a reason").max(ADMIN_REASON_MAX, `At most ${ADMIN_REASON_MAX} characters`),
});
