import { prisma } from "@/lib/db";
import { runSummarySelect, serializeRunSummary, type RunSummary } from "./run-model";

/** How many runs the list shows: a term has a handful; older ones stay in the database and the audit log. */
export const RUN_LIST_LIMIT = 100;

/** The newest runs first, without their pairs (GET /api/admin/matching/runs/{id} has them). */
export async function listRuns(): Promise<RunSummary[]> {
  const rows = await prisma.matchingRun.findMany({ select: runSummarySelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: RUN_LIST_LIMIT });
  return rows.map(serializeRunSummary);
}
