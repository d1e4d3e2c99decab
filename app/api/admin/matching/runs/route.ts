import type { NextRequest } from "next/server";
import { createRun } from "@/lib/matching/cohort/runs/create-run";
import { listRunsWithPairs } from "@/lib/matching/cohort/runs/list-runs";
import { apiRoute, ipOf, json, readJson, requireAdmin } from "../../../_lib/handler";

export const GET = apiRoute(async () => {
  await requireAdmin();
  return json({ runs: await listRunsWithPairs() });
});

/** Both fields are optional: a POST without a body (no Content-Type, nothing sent) is `{}`. */
const isEmpty = (request: NextRequest) => !request.headers.get("content-type") && (request.headers.get("content-length") ?? "0") === "0";

export const POST = apiRoute(async (request) => {
  const admin = await requireAdmin();
  const input = isEmpty(request) ? {} : await readJson(request);
  return json({ run: await createRun({ actorId: admin.id, input, ip: ipOf(request) }) }, 201);
});
