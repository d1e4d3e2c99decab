import { listAudit } from "@/lib/admin/list-audit";
import { apiRoute, json, requireAdmin } from "../../_lib/handler";

export const GET = apiRoute(async (request) => {
  await requireAdmin();
  return json(await listAudit({ query: Object.fromEntries(request.nextUrl.searchParams) }));
});
