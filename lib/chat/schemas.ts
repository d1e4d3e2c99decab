/** Chat message input. Client-safe: the composer uses it too. */
import { z } from "zod";

export const CHAT_MESSAGE_MAX = 2000;

export const messageSchema = z.object({
  body: z.string({ error: "Write a message" }).trim().min(1, "Write a message").max(CHAT_MESSAGE_MAX, `Messages can be at most ${CHAT_MESSAGE_MAX} characters`),
});
