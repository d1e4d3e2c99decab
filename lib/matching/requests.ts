/** Mentorship requests: a mentee asks, the mentor accepts or declines. */
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { prisma, type Tx } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { requestAccepted, requestDeclined, requestReceived } from "@/lib/notifications/events";
import { deliverNotificationEmails, notify } from "@/lib/notifications/notify";
import { lockedTransaction, lockUsers } from "@/lib/transaction";
import { parseInput } from "@/lib/users/validate";
import { declineSchema, sendRequestSchema } from "./schemas";
import { capacity, findMentor, isBlacklisted, requireLiveMentor, requireRole, rosterSize, userInclude } from "./queries";

/** A mentee may wait on this many requests at once. */
export const MAX_PENDING_REQUESTS = 3;

/**
 * When a mentee may ask this mentor again after the mentor's latest decline, or null when they may
 * now: the decline's time + DECLINE_COOLING_OFF_DAYS. The boundary itself is allowed (a decline
 * exactly 30 days ago no longer blocks).
 */
export async function coolingOffUntil(menteeId: string, mentorId: string, db: Tx = prisma, now = new Date()): Promise<Date | null> {
  const days = getEnv().DECLINE_COOLING_OFF_DAYS;
  if (days <= 0) return null;
  const last = await db.mentorshipRequest.findFirst({
    where: { menteeId, mentorId, status: "DECLINED", decidedAt: { not: null } },
    orderBy: { decidedAt: "desc" },
    select: { decidedAt: true },
  });
  if (!last?.decidedAt) return null;
  const until = new Date(last.decidedAt.getTime() + Math.round(days * 86_400_000));
  return until > now ? until : null;
}

/** The date a person reads in the cooling-off answer: Los Angeles time, where UCLA is. */
const untilLabel = (date: Date) =>
  `${new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeStyle: "short", timeZone: "America/Los_Angeles" }).format(date)} (Pacific time)`;

async function assertNotCoolingOff(tx: Tx, menteeId: string, mentorId: string): Promise<void> {
  const until = await coolingOffUntil(menteeId, mentorId, tx);
  if (!until) return;
  throw new AppError("CONFLICT", `This mentor declined your request recently. You can ask them again from ${untilLabel(until)}.`, {
    extra: { retry_after: until.toISOString() },
  });
}

export const requestInclude = { mentee: { include: userInclude }, mentor: { include: userInclude } } as const;

/**
 * A mentee asks a mentor. The mentor is looked up by email only to know whose row to lock; once
 * both rows are locked everything that decides is read again, so a mentor who switches to MENTEE,
 * deletes the account or is deactivated at the same moment either does so first (this answers 404)
 * or waits for this commit (a role switch or a deletion then removes the new request along with the
 * mentor's other relationships).
 */
export async function sendRequest({ menteeId, input }: { menteeId: string; input: unknown }) {
  const { mentor_email, message } = parseInput(sendRequestSchema, input);
  const created = await lockedTransaction(async (tx) => {
    const { id: mentorId } = await findMentor(mentor_email, tx);
    await lockUsers(tx, [menteeId, mentorId]);
    const mentee = await requireRole(menteeId, "MENTEE", "Only mentees can request a mentor", tx);
    if (mentee.isDeleted) throw new AppError("FORBIDDEN", "This account is scheduled for deletion");
    const mentor = await requireLiveMentor(mentorId, tx);
    if (mentee.isMatched || mentee.matchedMentorId) throw new AppError("CONFLICT", "You already have a mentor");
    if (await isBlacklisted(menteeId, mentorId, tx)) throw new AppError("CONFLICT", "You blocked this mentor");
    if (!mentor.acceptingMentees) throw new AppError("CONFLICT", "This mentor is not taking new mentees right now");
    if ((await rosterSize(mentorId, tx)) >= capacity(mentor)) throw new AppError("CONFLICT", "This mentor's roster is full");
    await assertNotCoolingOff(tx, menteeId, mentorId);
    const pending = await tx.mentorshipRequest.findMany({ where: { menteeId, status: "PENDING" }, select: { mentorId: true } });
    if (pending.some((r) => r.mentorId === mentorId)) throw new AppError("CONFLICT", "You already asked this mentor");
    if (pending.length >= MAX_PENDING_REQUESTS) {
      throw new AppError("CONFLICT", `You can wait on at most ${MAX_PENDING_REQUESTS} requests at once; withdraw one or wait for an answer`);
    }
    const request = await tx.mentorshipRequest.create({ data: { menteeId, mentorId, message }, include: requestInclude });
    await notify(tx, { userId: mentorId, ...requestReceived(request.mentee, message) });
    return request;
  });
  deliverNotificationEmails();
  return created;
}

/**
 * Incoming requests for a mentor, outgoing for a mentee; newest first. A deactivated mentee's
 * requests are kept (activation brings them back) but hidden from the mentor meanwhile.
 */
export async function listRequests({ userId }: { userId: string }) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true } });
  return prisma.mentorshipRequest.findMany({
    where: user.role === "MENTOR" ? { mentorId: userId, mentee: { isActive: true } } : { menteeId: userId },
    include: requestInclude,
    orderBy: { createdAt: "desc" },
  });
}

/** A request addressed to this mentor: NOT_FOUND when there is none, FORBIDDEN when it is another mentor's. */
async function requestFor(tx: Tx, mentorId: string, requestId: string) {
  if (!z.uuid().safeParse(requestId).success) throw new AppError("NOT_FOUND", "No such request");
  const request = await tx.mentorshipRequest.findUnique({ where: { id: requestId } });
  if (!request) throw new AppError("NOT_FOUND", "No such request");
  if (request.mentorId !== mentorId) throw new AppError("FORBIDDEN", "This request is addressed to another mentor");
  return request;
}

/**
 * Moves a request out of PENDING only if it still is — `UPDATE … WHERE status = 'PENDING'`, which
 * waits for a parallel answer's row lock and then re-reads the row. Of two answers at once (accept
 * and decline, accept and withdraw) exactly one updates the row; the other learns it lost:
 * CONFLICT while the request exists, NOT_FOUND when a role switch or a deletion removed it.
 */
async function settlePending(tx: Tx, requestId: string, mentorId: string, data: Prisma.MentorshipRequestUpdateManyMutationInput): Promise<void> {
  const { count } = await tx.mentorshipRequest.updateMany({ where: { id: requestId, mentorId, status: "PENDING" }, data });
  if (count > 0) return;
  if (await tx.mentorshipRequest.count({ where: { id: requestId } })) throw new AppError("CONFLICT", "This request is no longer pending");
  throw new AppError("NOT_FOUND", "No such request");
}

/**
 * The seed's `add_mentee` behind a request: the caller is the addressed MENTOR, the roster is below
 * MAX_MENTEES, the mentee is not on it (nor with another mentor), exists, and has not blocked the
 * mentor. The mentor's and the mentee's rows are locked first, so parallel accepts are serialised:
 * fifty at once on a mentor with room for two make exactly two matches and 48 conflicts. The
 * request itself is claimed with `settlePending`, so a parallel decline or withdraw wins or loses
 * as a whole; any refusal after the claim rolls it back.
 */
export async function acceptRequest({ mentorId, requestId }: { mentorId: string; requestId: string }) {
  const accepted = await lockedTransaction(async (tx) => {
    const { menteeId } = await requestFor(tx, mentorId, requestId);
    await lockUsers(tx, [mentorId, menteeId]);
    const mentor = await requireRole(mentorId, "MENTOR", "Only mentors can accept requests", tx);
    const now = new Date();
    await settlePending(tx, requestId, mentorId, { status: "ACCEPTED", decidedAt: now });
    const mentee = await tx.user.findUnique({ where: { id: menteeId } });
    if (!mentee || mentee.isDeleted || !mentee.isActive || mentee.role !== "MENTEE") throw new AppError("CONFLICT", "This mentee is no longer available");
    if (mentee.matchedMentorId === mentorId) throw new AppError("CONFLICT", "This mentee is already on your roster");
    if (mentee.matchedMentorId) throw new AppError("CONFLICT", "This mentee already has a mentor");
    if (await isBlacklisted(mentee.id, mentorId, tx)) throw new AppError("CONFLICT", "This mentee has blocked you");
    const size = await rosterSize(mentorId, tx);
    if (size >= capacity(mentor)) throw new AppError("CONFLICT", "Your roster is full");

    await tx.user.update({ where: { id: mentee.id }, data: { matchedMentorId: mentorId, isMatched: true, matchedAt: now } });
    await tx.user.update({ where: { id: mentorId }, data: { isMatched: size + 1 >= capacity(mentor) } });
    // Matched now: the mentee's other requests are closed (not "withdrawn": the mentee did not do it).
    await tx.mentorshipRequest.updateMany({ where: { menteeId: mentee.id, status: "PENDING" }, data: { status: "CLOSED", decidedAt: now } });
    const roster = await tx.user.findMany({ where: { matchedMentorId: mentorId }, include: userInclude, orderBy: { matchedAt: "asc" } });
    const request = await tx.mentorshipRequest.findUniqueOrThrow({ where: { id: requestId }, include: requestInclude });
    await notify(tx, { userId: mentee.id, ...requestAccepted(request.mentor) });
    return { request, roster };
  });
  deliverNotificationEmails();
  return accepted;
}

/** The addressed mentor turns a pending request down; a request answered meanwhile is a CONFLICT. */
export async function declineRequest({ mentorId, requestId, input }: { mentorId: string; requestId: string; input: unknown }) {
  const { reason } = parseInput(declineSchema, input ?? {});
  const declined = await lockedTransaction(async (tx) => {
    await requireRole(mentorId, "MENTOR", "Only mentors can decline requests", tx);
    await requestFor(tx, mentorId, requestId);
    await settlePending(tx, requestId, mentorId, { status: "DECLINED", reason, decidedAt: new Date() });
    const request = await tx.mentorshipRequest.findUniqueOrThrow({ where: { id: requestId }, include: requestInclude });
    await notify(tx, { userId: request.menteeId, ...requestDeclined(request.mentor, reason) });
    return request;
  });
  deliverNotificationEmails();
  return declined;
}

/**
 * A mentee takes back a pending request — conditional on it still being pending, like every status
 * change, so a withdraw that loses to an accept or a decline changes nothing and answers NOT_FOUND.
 */
export async function withdrawRequest({ menteeId, requestId }: { menteeId: string; requestId: string }): Promise<void> {
  if (!z.uuid().safeParse(requestId).success) throw new AppError("NOT_FOUND", "No such request");
  const { count } = await prisma.mentorshipRequest.updateMany({ where: { id: requestId, menteeId, status: "PENDING" }, data: { status: "WITHDRAWN", decidedAt: new Date() } });
  if (count === 0) throw new AppError("NOT_FOUND", "No pending request to withdraw");
}

export type RequestWithUsers = Awaited<ReturnType<typeof listRequests>>[number];
