/**
 * The mentoring forms' checks in the browser: a zod/mini mirror of requestFormSchema,
 * declineFormSchema and chatFormSchema (schemas.ts, built on lib/matching and lib/chat), with the
 * same messages in the same order. Classic zod would add ~27 kB gzip to /mentors, /mentees and the
 * chat (issue 13); the server actions still parse with the classic schemas, and
 * client-schemas.test.ts holds both to the same answers.
 */
import * as z from "zod/mini";
import { CHAT_MESSAGE_MAX } from "@/lib/chat/limits";
import { DECLINE_REASON_MAX, REQUEST_MESSAGE_MAX } from "@/lib/matching/limits";
import { text } from "@/lib/users/client-schemas";

export { CHAT_MESSAGE_MAX, DECLINE_REASON_MAX, REQUEST_MESSAGE_MAX };

export const requestFormSchema = z.object({
  mentor_email: text("mentor_email is required").check(z.trim(), z.toLowerCase(), z.minLength(1, "mentor_email is required")),
  message: z._default(text("The message must be text").check(z.trim(), z.maxLength(REQUEST_MESSAGE_MAX, `Keep the message under ${REQUEST_MESSAGE_MAX} characters`)), ""),
});

export const declineFormSchema = z.object({
  reason: z._default(text("The reason must be text").check(z.trim(), z.maxLength(DECLINE_REASON_MAX, `Keep the reason under ${DECLINE_REASON_MAX} characters`)), ""),
  requestId: z.string().check(z.minLength(1, "No request chosen")),
});

export const chatFormSchema = z.object({
  body: text("Write a message").check(z.trim(), z.minLength(1, "Write a message"), z.maxLength(CHAT_MESSAGE_MAX, `Messages can be at most ${CHAT_MESSAGE_MAX} characters`)),
});
