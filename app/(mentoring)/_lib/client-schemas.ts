/**
 * The mentoring forms' checks in the browser: a mirror of requestFormSchema, declineFormSchema and
 * chatFormSchema (schemas.ts, built on lib/matching and lib/chat) with the same messages in the
 * same order, written with lib/form-checks.ts instead of zod, which would add ~20–27 kB gzip to
 * /mentors, /mentees and the chat (issue 13). The server actions still parse with the zod schemas,
 * and client-schemas.test.ts holds both to the same answers.
 */
import { CHAT_MESSAGE_MAX } from "@/lib/chat/limits";
import { maxLength, minLength, object, string, toLowerCase, trim, withDefault } from "@/lib/form-checks";
import { DECLINE_REASON_MAX, END_REASON_MAX, REQUEST_MESSAGE_MAX } from "@/lib/matching/limits";
import { text } from "@/lib/users/client-schemas";

export { CHAT_MESSAGE_MAX, DECLINE_REASON_MAX, END_REASON_MAX, REQUEST_MESSAGE_MAX };

export const requestFormSchema = object({
  mentor_email: text("mentor_email is required", trim(), toLowerCase(), minLength(1, "mentor_email is required")),
  message: withDefault(text("The message must be text", trim(), maxLength(REQUEST_MESSAGE_MAX, `Keep the message under ${REQUEST_MESSAGE_MAX} characters`)), ""),
});

export const declineFormSchema = object({
  reason: withDefault(text("The reason must be text", trim(), maxLength(DECLINE_REASON_MAX, `Keep the reason under ${DECLINE_REASON_MAX} characters`)), ""),
  requestId: string(undefined, minLength(1, "No request chosen")),
});

export const chatFormSchema = object({
  body: text("Write a message", trim(), minLength(1, "Write a message"), maxLength(CHAT_MESSAGE_MAX, `Messages can be at most ${CHAT_MESSAGE_MAX} characters`)),
});

export const endMatchFormSchema = object({
  reason: withDefault(text("The reason must be text", trim(), maxLength(END_REASON_MAX, `Keep the reason under ${END_REASON_MAX} characters`)), ""),
});
