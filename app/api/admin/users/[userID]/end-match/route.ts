import { endMatchAsAdmin } from "@/lib/admin/end-match-as-admin";
import { apiRoute, ipOf, json, readJson, requireAdmin } from "../../../../_lib/handler";

export const POST = apiRoute<{ userID: string }>(async (request, { userID }) => {
  const admin = await requireAdmin();
  return json({ user: await endMatchAsAdmin({ actorId: admin.id, userId: userID, input: await readJson(request), ip: ipOf(request) }) });
});
