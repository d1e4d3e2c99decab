import { publishRun } from "@/lib/matching/cohort/runs/publish-run";
import { apiRoute, ipOf, json, requireAdmin } from "../../../../../_lib/handler";

export const POST = apiRoute<{ runId: string }>(async (request, { runId }) => {
  const admin = await requireAdmin();
  return json(await publishRun({ actorId: admin.id, runId, ip: ipOf(request) }));
});
