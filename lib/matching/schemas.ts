/** Input schemas of mentorship requests. Client-safe: the forms use them too. */
import { z } from "zod";
import { text } from "@/lib/text-schema";
import { DECLINE_REASON_MAX, END_REASON_MAX, REQUEST_MESSAGE_MAX } from "./limits";

export { DECLINE_REASON_MAX, END_REASON_MAX, REQUEST_MESSAGE_MAX };

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

/** A mentee ending their match (lib/matching/end-match.ts). */
export const endMatchSchema = z.object({
  reason: text("The reason must be text").trim().max(END_REASON_MAX, `Keep the reason under ${END_REASON_MAX} characters`).default(""),
});

/**
 * A mentor's settings (lib/matching/mentor-settings.ts): whether they take new mentees and how many
 * at once. The upper bound is MAX_MENTEES, a setting, so the operation checks it.
 */
export const mentorSettingsSchema = z.object({
  accepting_mentees: z.boolean({ error: "accepting_mentees must be true or false" }),
  capacity: z.number({ error: "Capacity must be a whole number" }).int("Capacity must be a whole number").min(1, "Take at least 1 mentee"),
});
