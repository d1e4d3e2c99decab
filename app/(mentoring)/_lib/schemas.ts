/** The mentoring forms' schemas: the domain's own (client-safe) schemas, plus the form-only fields. */
import { z } from "zod";
import { messageSchema } from "@/lib/chat/schemas";
import { declineSchema, endMatchSchema, sendRequestSchema } from "@/lib/matching/schemas";

export { CHAT_MESSAGE_MAX } from "@/lib/chat/schemas";
export { DECLINE_REASON_MAX, END_REASON_MAX, REQUEST_MESSAGE_MAX } from "@/lib/matching/schemas";

export const requestFormSchema = sendRequestSchema;
export const declineFormSchema = declineSchema.extend({ requestId: z.string().min(1, "No request chosen") });
export const chatFormSchema = messageSchema;
export const endMatchFormSchema = endMatchSchema;
