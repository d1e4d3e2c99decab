import { currentSessionToken } from "@/auth";
import { listSessions } from "@/lib/users/list-sessions";
import { apiRoute, json, requireUser } from "../../_lib/handler";
import { serializeSessions } from "./_serialize";

export const GET = apiRoute(async () => {
  const user = await requireUser();
  const sessions = await listSessions({ userId: user.id, currentSessionToken: await currentSessionToken() });
  return json({ sessions: serializeSessions(sessions) });
});
