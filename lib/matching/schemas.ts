/** Input schemas of mentorship requests. Client-safe: the forms use them too. */
import { z } from "zod";
import { text } from "@/lib/text-schema";
import { DECLINE_REASON_MAX, REQUEST_MESSAGE_MAX } from "./limits";

export { DECLINE_REASON_MAX, REQUEST_MESSAGE_MAX };

const mentorEmail = text("mentor_email is required").trim().toLowerCase().min(1, "mentor_email is required");

/** Blocking a mentor (`POST /api/users/blacklist`). */
export const mentorEmailSchema = z.object({ mentor_email: mentorEmail });

export const sendRequestSchema = z.object({
  mentor_email: mentorEmail,
  message: text("The message must be text").trim().max(REQUEST_MESSAGE_MAX, `Keep the message under ${REQUEST_MESSAGE_MAX} characters`).default(""),
});

export const declineSchema = z.object({
  reason: text("The reason must be text").trim().max(DECLINE_REASON_MAX, `Keep the reason under ${DECLINE_REASON_MAX} characters`).default(""),
});
