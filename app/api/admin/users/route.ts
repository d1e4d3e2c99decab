import { listUsers } from "@/lib/admin/list-users";
import { apiRoute, json, requireAdmin } from "../../_lib/handler";

export const GET = apiRoute(async (request) => {
  await requireAdmin();
  return json(await listUsers({ query: Object.fromEntries(request.nextUrl.searchParams) }));
});
