import { getNotificationSettings, updateNotificationSettings } from "@/lib/notifications/settings";
import { apiRoute, json, readJson, requireUser } from "../../_lib/handler";

export const GET = apiRoute(async () => {
  const user = await requireUser();
  return json(await getNotificationSettings({ userId: user.id }));
});

/** `{ email: { KIND: bool, … } }` (any subset): 400 for an unknown kind or a security kind set false. */
export const PUT = apiRoute(async (request) => {
  const user = await requireUser();
  return json(await updateNotificationSettings({ userId: user.id, input: await readJson(request) }));
});
