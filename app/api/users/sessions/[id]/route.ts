import { currentSessionToken } from "@/auth";
import { listSessions } from "@/lib/users/list-sessions";
import { signOutSession } from "@/lib/users/sign-out-sessions";
import { apiRoute, json, requireUser } from "../../../_lib/handler";
import { serializeSessions } from "../_serialize";

/** Signs one of the caller's sessions out at once (the caller's own too: that is a logout). */
export const DELETE = apiRoute<{ id: string }>(async (_request, { id }) => {
  const user = await requireUser();
  await signOutSession({ userId: user.id, sessionId: id });
  const sessions = await listSessions({ userId: user.id, currentSessionToken: await currentSessionToken() });
  return json({ sessions: serializeSessions(sessions) });
});
