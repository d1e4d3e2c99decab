import { prisma } from "@/lib/db";
import { runSummarySelect, serializeRun, serializeRunSummary, type Run, type RunSummary } from "./run-model";

/** How many runs the console's list shows: a term has a handful; older ones stay in the database and the audit log. */
export const RUN_LIST_LIMIT = 100;
/** How many runs GET /api/admin/matching/runs returns, each whole (API.md's run, with its pairs). */
export const RUN_API_LIMIT = 20;

/** The newest runs first, without their pairs (the console's list; the run's page has them). */
export async function listRuns(): Promise<RunSummary[]> {
  const rows = await prisma.matchingRun.findMany({ select: runSummarySelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: RUN_LIST_LIMIT });
  return rows.map(serializeRunSummary);
}

/**
 * The newest runs first, each as API.md's `run` (pairs and unmatched included), for the JSON API.
 * A draft of a whole campus is a few hundred kB, so the API returns the newest RUN_API_LIMIT.
 */
export async function listRunsWithPairs(): Promise<Run[]> {
  const rows = await prisma.matchingRun.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: RUN_API_LIMIT });
  return rows.map(serializeRun);
}
