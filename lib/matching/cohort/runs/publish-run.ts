/**
 * Publishes a draft: its pairs become matches, all in one transaction, like `acceptRequest` makes
 * one (lib/matching/requests.ts): the mentee gets `matchedMentorId`, `isMatched` and `matchedAt`,
 * the mentor's `isMatched` says whether the roster is full, and the mentee's pending requests are
 * CLOSED (as an accept closes them: the mentee did not withdraw them).
 *
 * Every pair is checked again under the row locks of everyone in the draft (one `SELECT … FOR
 * UPDATE` in id order, the order `lockUsers` uses): a pair is created only if the mentee is still
 * a verified, live MENTEE without a mentor, the mentor a verified, live MENTOR who is not paused and
 * has a free seat (their own capacity, `mentorCapacity`), and the mentee has not blocked the mentor since. Any other pair is skipped and listed with why,
 * never forced. Pinned pairs go first, then the solver's in the draft's order.
 *
 * The run is claimed first with `UPDATE … WHERE status = 'DRAFT'`: of two publishes (or a publish
 * and a discard, or a newer draft replacing it) at once, exactly one takes effect and the others
 * answer 409 "not a draft". Both sides hear of each match (MATCHED_BY_PROGRAM); the emails go out
 * after the commit.
 */
import { z } from "zod";
import { requireAdminActor } from "@/lib/admin/admin-change";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors";
import { mentorCapacity } from "@/lib/matching/queries";
import { matchedByProgram } from "@/lib/notifications/events";
import { deliverNotificationEmails, notifyMany } from "@/lib/notifications/notify";
import { lockedTransaction } from "@/lib/transaction";
import { blockKey } from "./collect-cohort";
import { serializeRun, type Run, type SkippedPair, type StoredPair } from "./run-model";

export interface PublishRunOptions {
  actorId: string;
  runId: string;
  ip?: string | null;
}

export interface PublishResult {
  published: number;
  skipped: SkippedPair[];
  run: Run;
}

const userFacts = {
  id: true, email: true, firstName: true, lastName: true, role: true, isVerified: true, isDeleted: true, isActive: true, matchedMentorId: true,
  menteeCapacity: true, acceptingMentees: true,
} as const;

export async function publishRun({ actorId, runId, ip = null }: PublishRunOptions): Promise<PublishResult> {
  if (!z.uuid().safeParse(runId).success) throw new AppError("NOT_FOUND", "No such matching run");
  const result = await lockedTransaction(async (tx) => {
    const actor = await requireAdminActor(tx, actorId);
    const now = new Date();
    const { count } = await tx.matchingRun.updateMany({ where: { id: runId, status: "DRAFT" }, data: { status: "PUBLISHED", decidedAt: now, decidedByEmail: actor.email } });
    if (count === 0) {
      if (await tx.matchingRun.count({ where: { id: runId } })) throw new AppError("CONFLICT", "This run is not a draft");
      throw new AppError("NOT_FOUND", "No such matching run");
    }
    const { pairs: stored } = await tx.matchingRun.findUniqueOrThrow({ where: { id: runId }, select: { pairs: true } });
    const pairs = (stored as unknown as StoredPair[]).toSorted((a, b) => Number(b.pinned) - Number(a.pinned));
    const menteeIds = pairs.map((pair) => pair.menteeId);
    const mentorIds = [...new Set(pairs.map((pair) => pair.mentorId))];

    // One statement locks everyone, in the fixed order of lockUsers (uuid order = its text order).
    await tx.$queryRaw`SELECT 1 FROM "users" WHERE "userID" = ANY(${[...menteeIds, ...mentorIds]}::uuid[]) ORDER BY "userID" FOR UPDATE`;
    const users = new Map((await tx.user.findMany({ where: { id: { in: [...menteeIds, ...mentorIds] } }, select: userFacts })).map((user) => [user.id, user]));
    const rosters = await tx.user.groupBy({ by: ["matchedMentorId"], where: { matchedMentorId: { in: mentorIds } }, _count: { _all: true } });
    const roster = new Map(rosters.map((row) => [row.matchedMentorId!, row._count._all]));
    const blocks = await tx.blacklistEntry.findMany({ where: { menteeId: { in: menteeIds }, mentorId: { in: mentorIds } }, select: { menteeId: true, mentorId: true } });
    const blocked = new Set(blocks.map((block) => blockKey(block.menteeId, block.mentorId)));

    const made: StoredPair[] = [];
    const skipped: SkippedPair[] = [];
    for (const pair of pairs) {
      const mentee = users.get(pair.menteeId);
      const mentor = users.get(pair.mentorId);
      const why =
        !mentee || mentee.isDeleted || !mentee.isActive || !mentee.isVerified || mentee.role !== "MENTEE" ? "The mentee is no longer in the program (deleted, deactivated or no longer a mentee)"
        : mentee.matchedMentorId ? "The mentee already has a mentor"
        : !mentor || mentor.isDeleted || !mentor.isActive || !mentor.isVerified || mentor.role !== "MENTOR" ? "The mentor is no longer in the program (deleted, deactivated or no longer a mentor)"
        : blocked.has(blockKey(mentee.id, mentor.id)) ? "The mentee has blocked this mentor"
        : !mentor.acceptingMentees ? "The mentor is not taking new mentees right now"
        : (roster.get(mentor.id) ?? 0) >= mentorCapacity(mentor) ? "The mentor's roster is full"
        : null;
      if (why) {
        skipped.push({ mentee: pair.mentee, mentor: pair.mentor, why });
        continue;
      }
      roster.set(pair.mentorId, (roster.get(pair.mentorId) ?? 0) + 1);
      mentee!.matchedMentorId = pair.mentorId;
      made.push(pair);
    }

    if (made.length > 0) {
      const madeMentees = made.map((pair) => pair.menteeId);
      await tx.$executeRaw`
        UPDATE "users" u SET "matchedMentorId" = p."mentorId", "isMatched" = true, "matchedAt" = ${now}
        FROM unnest(${madeMentees}::uuid[], ${made.map((pair) => pair.mentorId)}::uuid[]) AS p("menteeId", "mentorId")
        WHERE u."userID" = p."menteeId"`;
      const touched = [...new Set(made.map((pair) => pair.mentorId))];
      await tx.$executeRaw`
        UPDATE "users" u SET "isMatched" = p."full"
        FROM unnest(${touched}::uuid[], ${touched.map((id) => roster.get(id)! >= mentorCapacity(users.get(id)!))}::boolean[]) AS p("mentorId", "full")
        WHERE u."userID" = p."mentorId"`;
      // Matched now: the mentee's pending requests are closed, as when a mentor accepts one.
      await tx.mentorshipRequest.updateMany({ where: { menteeId: { in: madeMentees }, status: "PENDING" }, data: { status: "CLOSED", decidedAt: now } });
      await notifyMany(
        tx,
        made.flatMap((pair) => {
          const mentee = users.get(pair.menteeId)!;
          const mentor = users.get(pair.mentorId)!;
          return [
            { userId: mentee.id, ...matchedByProgram(mentor, "MENTEE") },
            { userId: mentor.id, ...matchedByProgram(mentee, "MENTOR") },
          ];
        }),
      );
    }

    const run = await tx.matchingRun.update({ where: { id: runId }, data: { publishedCount: made.length, skipped: skipped as never } });
    await recordAuditEvent(tx, { actor, action: "matching.publish", details: { runId, published: made.length, skipped: skipped.length }, ip });
    return { published: made.length, skipped, run: serializeRun(run) };
  });
  deliverNotificationEmails();
  return result;
}
