"use server";

import { errorState, invalidState, type FormState } from "@/lib/form-state";
import { requirePageUser } from "@/app/_lib/session";
import { sendMessage, serializeMessage } from "@/lib/chat/messages";
import { chatHref } from "../../_lib/people";
import { chatFormSchema } from "../../_lib/schemas";

export type ChatMessageView = ReturnType<typeof serializeMessage>;
export type ChatSendState = FormState & { sent?: ChatMessageView };

/** Sends one chat message; answers with the stored message so the sender sees it at once. */
export async function sendChatMessage(to: unknown, input: unknown): Promise<ChatSendState> {
  // The partner's email decides who gets the message (checked against the match in sendMessage);
  // the id only makes the way back after a login point at this chat.
  const { email, id } = typeof to === "object" && to !== null ? (to as Record<string, unknown>) : {};
  const partner = typeof email === "string" ? email : "";
  const parsed = chatFormSchema.safeParse(input);
  if (!parsed.success) return invalidState(parsed.error);
  const user = await requirePageUser(typeof id === "string" ? chatHref(id) : "/dashboard");
  try {
    const message = await sendMessage({ userId: user.id, partnerEmail: partner, input: parsed.data });
    return { status: "success", sent: serializeMessage(message) };
  } catch (error) {
    return errorState(error);
  }
}
