/**
 * The console forms' fields as the server actions parse them: the user's id from a hidden field
 * and, for a deactivation or an ended match, the domain's own reason rule (lib/admin/schemas.ts),
 * which the operations apply again for the JSON API. The browser checks with the zod/mini mirror
 * in client-schemas.ts (issue 13's first-load budget); client-schemas.test.ts holds the two to
 * the same answers.
 */
import { z } from "zod";
import { reasonSchema } from "@/lib/admin/schemas";

export const targetSchema = z.object({
  userId: z.uuid({ error: "No user chosen" }),
});

export const reasonFormSchema = targetSchema.extend(reasonSchema.shape);
