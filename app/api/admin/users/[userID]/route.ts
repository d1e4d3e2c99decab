import { getUserDetail } from "@/lib/admin/get-user-detail";
import { apiRoute, json, requireAdmin } from "../../../_lib/handler";

export const GET = apiRoute<{ userID: string }>(async (_request, { userID }) => {
  await requireAdmin();
  return json(await getUserDetail({ userId: userID }));
});
