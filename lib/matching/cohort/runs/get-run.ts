import { z } from "zod";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { serializeRun, type Run } from "./run-model";

/** One run with its pairs and unmatched mentees; NOT_FOUND for an unknown id or one that is not a UUID. */
export async function getRun({ runId }: { runId: string }): Promise<Run> {
  const row = z.uuid().safeParse(runId).success ? await prisma.matchingRun.findUnique({ where: { id: runId } }) : null;
  if (!row) throw new AppError("NOT_FOUND", "No such matching run");
  return serializeRun(row);
}
