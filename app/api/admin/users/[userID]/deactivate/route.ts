import { deactivateUser } from "@/lib/admin/deactivate-user";
import { apiRoute, ipOf, json, readJson, requireAdmin } from "../../../../_lib/handler";

export const POST = apiRoute<{ userID: string }>(async (request, { userID }) => {
  const admin = await requireAdmin();
  return json({ user: await deactivateUser({ actorId: admin.id, userId: userID, input: await readJson(request), ip: ipOf(request) }) });
});
