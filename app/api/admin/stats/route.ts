import { programStats } from "@/lib/admin/program-stats";
import { apiRoute, json, requireAdmin } from "../../_lib/handler";

export const GET = apiRoute(async () => {
  await requireAdmin();
  return json(await programStats());
});
