import { activateUser } from "@/lib/admin/activate-user";
import { apiRoute, ipOf, json, requireAdmin } from "../../../../_lib/handler";

export const POST = apiRoute<{ userID: string }>(async (request, { userID }) => {
  const admin = await requireAdmin();
  return json({ user: await activateUser({ actorId: admin.id, userId: userID, ip: ipOf(request) }) });
});
