import { discardRun } from "@/lib/matching/cohort/runs/discard-run";
import { getRun } from "@/lib/matching/cohort/runs/get-run";
import { apiRoute, ipOf, json, requireAdmin } from "../../../../_lib/handler";

export const GET = apiRoute<{ runId: string }>(async (_request, { runId }) => {
  await requireAdmin();
  return json({ run: await getRun({ runId }) });
});

export const DELETE = apiRoute<{ runId: string }>(async (request, { runId }) => {
  const admin = await requireAdmin();
  return json({ run: await discardRun({ actorId: admin.id, runId, ip: ipOf(request) }) });
});
