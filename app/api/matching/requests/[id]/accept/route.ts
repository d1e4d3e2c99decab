import { acceptRequest } from "@/lib/matching/requests";
import { serializeRequest } from "@/lib/matching/serialize";
import { serializeUser } from "@/lib/users/serialize";
import { apiRoute, json, requireUser } from "../../../../_lib/handler";

export const POST = apiRoute<{ id: string }>(async (_request, { id }) => {
  const user = await requireUser();
  const { request, roster } = await acceptRequest({ mentorId: user.id, requestId: id });
  return json({ request: serializeRequest(request), roster: roster.map(serializeUser) });
});
