/** Input of the notification endpoints and actions (server only). */
import { z } from "zod";
import { isSecurityKind, NOTIFICATION_KINDS } from "./kinds";

export const MARK_READ_MAX_IDS = 500;

export const markReadSchema = z.object({
  ids: z
    .array(z.uuid({ error: "Each id must be a notification id" }), { error: "ids must be a list of notification ids" })
    .max(MARK_READ_MAX_IDS, { error: `At most ${MARK_READ_MAX_IDS} ids at once` })
    .optional(),
});

export const SECURITY_OFF_MESSAGE = "Security emails cannot be turned off";

const kindSetting = (kind: string) =>
  isSecurityKind(kind)
    ? z.literal(true, { error: SECURITY_OFF_MESSAGE }).optional()
    : z.boolean({ error: "Must be true or false" }).optional();

/** `{ email: { KIND: bool, … } }`, any subset of the kinds; an unknown kind is refused. */
export const settingsSchema = z.object({
  email: z.strictObject(Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, kindSetting(kind)])) as Record<(typeof NOTIFICATION_KINDS)[number], ReturnType<typeof kindSetting>>, {
    error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown notification kind: ${issue.keys.join(", ")}` : "email must be an object of kinds to true or false"),
  }),
});
