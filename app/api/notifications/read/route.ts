import { markNotificationsRead } from "@/lib/notifications/notifications";
import { apiRoute, json, readJson, requireUser } from "../../_lib/handler";

/** `{ ids? }`: marks those notifications (or, without ids, all) read; answers the unread count. */
export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  const unread = await markNotificationsRead({ userId: user.id, input: await readJson(request) });
  return json({ unread });
});
