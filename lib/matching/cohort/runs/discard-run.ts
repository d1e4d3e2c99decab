import { z } from "zod";
import { requireAdminActor } from "@/lib/admin/admin-change";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors";
import { lockedTransaction } from "@/lib/transaction";
import { serializeRun, type Run } from "./run-model";

export interface DiscardRunOptions {
  actorId: string;
  runId: string;
  ip?: string | null;
}

/**
 * Drops a draft: nothing was matched, nothing is. Conditional on the run still being a draft
 * (`UPDATE … WHERE status = 'DRAFT'`), so of a discard and a publish at once exactly one wins and
 * the other answers 409 "not a draft".
 */
export async function discardRun({ actorId, runId, ip = null }: DiscardRunOptions): Promise<Run> {
  if (!z.uuid().safeParse(runId).success) throw new AppError("NOT_FOUND", "No such matching run");
  return lockedTransaction(async (tx) => {
    const actor = await requireAdminActor(tx, actorId);
    const { count } = await tx.matchingRun.updateMany({
      where: { id: runId, status: "DRAFT" },
      data: { status: "DISCARDED", decidedAt: new Date(), decidedByEmail: actor.email },
    });
    if (count === 0) {
      if (await tx.matchingRun.count({ where: { id: runId } })) throw new AppError("CONFLICT", "This run is not a draft");
      throw new AppError("NOT_FOUND", "No such matching run");
    }
    await recordAuditEvent(tx, { actor, action: "matching.discard", details: { runId }, ip });
    return serializeRun(await tx.matchingRun.findUniqueOrThrow({ where: { id: runId } }));
  });
}
