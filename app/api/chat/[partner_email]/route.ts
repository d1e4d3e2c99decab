import { listMessages, sendMessage, serializeMessage } from "@/lib/chat/messages";
import { apiRoute, json, readJson, requireUser } from "../../_lib/handler";

type Params = { partner_email: string };

export const GET = apiRoute<Params>(async (request, { partner_email }) => {
  const user = await requireUser();
  // `?after=<ISO date>` returns only newer messages (the chat page polls with it).
  const after = request.nextUrl.searchParams.get("after");
  const since = after && !Number.isNaN(Date.parse(after)) ? new Date(after) : undefined;
  const { messages } = await listMessages({ userId: user.id, partnerEmail: decodeURIComponent(partner_email), after: since });
  return json({ messages: messages.map(serializeMessage) });
});

export const POST = apiRoute<Params>(async (request, { partner_email }) => {
  const user = await requireUser();
  const message = await sendMessage({ userId: user.id, partnerEmail: decodeURIComponent(partner_email), input: await readJson(request) });
  return json({ message: serializeMessage(message) }, 201);
});
