/**
 * Two state changes of one thing at the same moment: exactly one wins, the loser gets the error the
 * contract names (409 CONFLICT, or 404 NOT_FOUND where the thing is gone), and what is left in the
 * database is consistent. Each race runs many times with Promise.allSettled, since a single run can
 * pass by luck; every inconsistent trial is collected so a failure shows all of them at once.
 */
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockUsers } from "@/lib/transaction";
import { blacklistMentor } from "@/lib/users/blacklist-mentor";
import { cancelAccountDeletion } from "@/lib/users/cancel-account-deletion";
import { changeRole } from "@/lib/users/change-role";
import { requestAccountDeletion } from "@/lib/users/request-account-deletion";
import { endMatch, removeMentee } from "@/lib/users/roster";
import { createUser } from "@/test/helpers";
import { acceptRequest, declineRequest, sendRequest, withdrawRequest } from "./requests";

const TRIALS = 20;

const mentor = () => createUser({ role: "MENTOR" });
const mentee = () => createUser({ role: "MENTEE" });
const ask = (menteeId: string, mentorEmail: string) => sendRequest({ menteeId, input: { mentor_email: mentorEmail } });

/** "ok", or the AppError code a call was refused with; anything else (a 500) is reported as such. */
function outcome(result: PromiseSettledResult<unknown>): string {
  if (result.status === "fulfilled") return "ok";
  return result.reason instanceof AppError ? result.reason.code : `unexpected: ${String(result.reason)}`;
}

async function matchOf(menteeId: string) {
  return prisma.user.findUniqueOrThrow({ where: { id: menteeId }, select: { matchedMentorId: true, isMatched: true } });
}

describe("parallel state changes", () => {
  it("accept ∥ decline of one request: one wins, the other is a conflict, and the status agrees with the match", async () => {
    const problems: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const them = await mentor();
      const me = await mentee();
      const request = await ask(me.id, them.email);
      const results = await Promise.allSettled([
        acceptRequest({ mentorId: them.id, requestId: request.id }),
        declineRequest({ mentorId: them.id, requestId: request.id, input: {} }),
      ]);
      const [accept, decline] = results.map(outcome);
      const { status } = await prisma.mentorshipRequest.findUniqueOrThrow({ where: { id: request.id } });
      const match = await matchOf(me.id);
      const seen = `trial ${trial}: accept ${accept}, decline ${decline}, request ${status}, mentee matched to ${match.matchedMentorId ?? "nobody"}`;
      const acceptWon = accept === "ok" && decline === "CONFLICT" && status === "ACCEPTED" && match.matchedMentorId === them.id && match.isMatched;
      const declineWon = decline === "ok" && accept === "CONFLICT" && status === "DECLINED" && match.matchedMentorId === null && !match.isMatched;
      if (!acceptWon && !declineWon) problems.push(seen);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it("accept ∥ withdraw of one request: one wins, and the status agrees with the match", async () => {
    const problems: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const them = await mentor();
      const me = await mentee();
      const request = await ask(me.id, them.email);
      const results = await Promise.allSettled([
        acceptRequest({ mentorId: them.id, requestId: request.id }),
        withdrawRequest({ menteeId: me.id, requestId: request.id }),
      ]);
      const [accept, withdraw] = results.map(outcome);
      const { status } = await prisma.mentorshipRequest.findUniqueOrThrow({ where: { id: request.id } });
      const match = await matchOf(me.id);
      const seen = `trial ${trial}: accept ${accept}, withdraw ${withdraw}, request ${status}, mentee matched to ${match.matchedMentorId ?? "nobody"}`;
      // A withdraw that finds nothing pending answers NOT_FOUND ("No pending request to withdraw").
      const acceptWon = accept === "ok" && withdraw === "NOT_FOUND" && status === "ACCEPTED" && match.matchedMentorId === them.id;
      const withdrawWon = withdraw === "ok" && accept === "CONFLICT" && status === "WITHDRAWN" && match.matchedMentorId === null && !match.isMatched;
      if (!acceptWon && !withdrawWon) problems.push(seen);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it("send-request ∥ the mentor switching to MENTEE: never a pending request to a mentee", async () => {
    const problems: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const them = await mentor();
      const me = await mentee();
      const results = await Promise.allSettled([ask(me.id, them.email), changeRole({ userId: them.id, newRole: "MENTEE" })]);
      const [send, switched] = results.map(outcome);
      const left = await prisma.mentorshipRequest.count({ where: { mentorId: them.id } });
      // Either the request came first and the switch removed it, or the switch came first and the
      // request found no mentor.
      if (switched !== "ok" || !["ok", "NOT_FOUND"].includes(send!) || left !== 0) {
        problems.push(`trial ${trial}: send ${send}, switch ${switched}, requests left to the now-mentee: ${left}`);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it("send-request ∥ the mentor deleting the account: never a pending request to a deleted mentor", async () => {
    const problems: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const them = await mentor();
      const me = await mentee();
      const results = await Promise.allSettled([ask(me.id, them.email), requestAccountDeletion({ userId: them.id, confirmation: them.email })]);
      const [send, deleted] = results.map(outcome);
      const left = await prisma.mentorshipRequest.count({ where: { mentorId: them.id } });
      if (deleted !== "ok" || !["ok", "NOT_FOUND"].includes(send!) || left !== 0) {
        problems.push(`trial ${trial}: send ${send}, delete ${deleted}, requests left to the deleted mentor: ${left}`);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it("remove-mentee ∥ the mentee blocking the mentor: the match ends once, both sides end unmatched", async () => {
    const problems: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const them = await mentor();
      const me = await mentee();
      await acceptRequest({ mentorId: them.id, requestId: (await ask(me.id, them.email)).id });
      const results = await Promise.allSettled([removeMentee({ mentorId: them.id, menteeEmail: me.email }), blacklistMentor({ menteeId: me.id, mentorEmail: them.email })]);
      const [remove, block] = results.map(outcome);
      const match = await matchOf(me.id);
      const mentorRow = await prisma.user.findUniqueOrThrow({ where: { id: them.id }, select: { isMatched: true } });
      const blocked = await prisma.blacklistEntry.count({ where: { menteeId: me.id, mentorId: them.id } });
      // Blocking is idempotent and always succeeds; a removal that comes second finds the student
      // no longer on the roster (404).
      if (block !== "ok" || !["ok", "NOT_FOUND"].includes(remove!) || match.matchedMentorId !== null || match.isMatched || mentorRow.isMatched || blocked !== 1) {
        problems.push(`trial ${trial}: remove ${remove}, block ${block}, mentee matched to ${match.matchedMentorId ?? "nobody"}, blocked ${blocked}`);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it("a removal that waited for a block in flight re-checks the roster and answers 404", async () => {
    const them = await mentor();
    const me = await mentee();
    await acceptRequest({ mentorId: them.id, requestId: (await ask(me.id, them.email)).id });
    let removal: Promise<unknown> | undefined;
    // A block in flight: it holds both rows, ends the match, and commits a moment later.
    await prisma.$transaction(async (tx) => {
      await lockUsers(tx, [them.id, me.id]);
      removal = removeMentee({ mentorId: them.id, menteeEmail: me.email }).then(
        () => "ok",
        (error: unknown) => (error instanceof AppError ? error.code : String(error)),
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      await tx.blacklistEntry.create({ data: { menteeId: me.id, mentorId: them.id } });
      await endMatch(tx, them.id, me.id);
    });
    expect(await removal).toBe("NOT_FOUND");
  });

  it("a mentee matched elsewhere while a stale removal waited keeps the new mentor", async () => {
    const [old, fresh] = [await mentor(), await mentor()];
    const me = await mentee();
    await acceptRequest({ mentorId: old.id, requestId: (await ask(me.id, old.email)).id });
    let removal: Promise<unknown> | undefined;
    await prisma.$transaction(async (tx) => {
      await lockUsers(tx, [old.id, fresh.id, me.id]);
      removal = removeMentee({ mentorId: old.id, menteeEmail: me.email }).then(
        () => "ok",
        (error: unknown) => (error instanceof AppError ? error.code : String(error)),
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      // Meanwhile the match with the old mentor ended and the new mentor took the student.
      await endMatch(tx, old.id, me.id);
      await tx.user.update({ where: { id: me.id }, data: { matchedMentorId: fresh.id, isMatched: true, matchedAt: new Date() } });
    });
    expect(await removal).toBe("NOT_FOUND");
    expect((await matchOf(me.id)).matchedMentorId).toBe(fresh.id);
  });

  it("two cancels of one deletion: one restores the account, the other finds nothing pending (400), never 'grace period over'", async () => {
    const problems: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const user = await createUser();
      await requestAccountDeletion({ userId: user.id, confirmation: user.email });
      const results = await Promise.allSettled([cancelAccountDeletion({ userId: user.id }), cancelAccountDeletion({ userId: user.id })]);
      const outcomes = results.map(outcome).sort();
      const { isDeleted } = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { isDeleted: true } });
      if (outcomes.join() !== "INVALID_INPUT,ok" || isDeleted) problems.push(`trial ${trial}: ${outcomes.join(" and ")}, still deleted: ${isDeleted}`);
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
