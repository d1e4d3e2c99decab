/** Chat message input. Client-safe: the composer uses it too. */
import { z } from "zod";
import { text } from "@/lib/text-schema";
import { CHAT_MESSAGE_MAX } from "./limits";

export { CHAT_MESSAGE_MAX };

export const messageSchema = z.object({
  body: text("Write a message").trim().min(1, "Write a message").max(CHAT_MESSAGE_MAX, `Messages can be at most ${CHAT_MESSAGE_MAX} characters`),
});

/**
 * `?after=` of the chat's polling (`GET /api/chat/{email}?after=…`): an ISO 8601 date-time with
 * an offset, in a year PostgreSQL can compare with (`-200000-01-01T00:00:00Z` is a valid JavaScript
 * date but not a timestamp the database accepts).
 */
export const chatQuerySchema = z.object({
  after: z.iso
    .datetime({ offset: true, error: "after must be an ISO 8601 date-time such as 2026-01-15T10:30:00.000Z" })
    .transform((value) => new Date(value))
    .refine((date) => date.getUTCFullYear() >= 1970 && date.getUTCFullYear() <= 9999, "after must be a date between the years 1970 and 9999")
    .optional(),
});
