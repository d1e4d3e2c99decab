import { matchesCsv } from "@/lib/admin/matches-csv";
import { apiRoute, requireAdmin } from "../../../_lib/handler";
import { csvResponse } from "../csv-response";

export const GET = apiRoute(async () => {
  await requireAdmin();
  return csvResponse(await matchesCsv(), "bruinbridge-matches");
});
