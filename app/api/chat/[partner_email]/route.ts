import { listMessages, sendMessage, serializeMessage } from "@/lib/chat/messages";
import { chatQuerySchema } from "@/lib/chat/schemas";
import { unreadNotificationCount } from "@/lib/notifications/notifications";
import { parseInput } from "@/lib/users/validate";
import { apiRoute, json, readJson, requireUser } from "../../_lib/handler";

// Next has already decoded the path segment: `partner_email` is the address itself.
type Params = { partner_email: string };

export const GET = apiRoute<Params>(async (request, { partner_email }) => {
  const user = await requireUser();
  // `?after=<ISO date>` returns only newer messages (the chat page polls with it).
  const { after } = parseInput(chatQuerySchema, { after: request.nextUrl.searchParams.get("after") ?? undefined });
  const { messages } = await listMessages({ userId: user.id, partnerEmail: partner_email, after });
  // The chat page polls this every few seconds; the header's bell takes its count from here.
  return json({ messages: messages.map(serializeMessage), unread_notifications: await unreadNotificationCount(user.id) });
});

export const POST = apiRoute<Params>(async (request, { partner_email }) => {
  const user = await requireUser();
  const message = await sendMessage({ userId: user.id, partnerEmail: partner_email, input: await readJson(request) });
  return json({ message: serializeMessage(message) }, 201);
});
