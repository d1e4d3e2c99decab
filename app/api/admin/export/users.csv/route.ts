import { usersCsv } from "@/lib/admin/users-csv";
import { apiRoute, requireAdmin } from "../../../_lib/handler";
import { csvResponse } from "../csv-response";

export const GET = apiRoute(async () => {
  await requireAdmin();
  return csvResponse(await usersCsv(), "bruinbridge-users");
});
