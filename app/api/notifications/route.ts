import { listNotifications, serializeNotification } from "@/lib/notifications/notifications";
import { apiRoute, json, requireUser } from "../_lib/handler";

/** The newest notifications first (at most LIST_LIMIT) and the unread count. */
export const GET = apiRoute(async () => {
  const user = await requireUser();
  const { notifications, unread } = await listNotifications({ userId: user.id });
  return json({ notifications: notifications.map(serializeNotification), unread }, 200, { "Cache-Control": "no-store" });
});
