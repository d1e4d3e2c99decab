/**
 * Publishing and discarding cohort drafts (issue 14) against a real PostgreSQL: matches made like an
 * accepted request, every pair re-checked (changed ones skipped and listed), both sides notified,
 * one winner of parallel publishes. Each test starts from an empty users table (see create-run.test.ts).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createUser, failure } from "@/test/helpers";
import { createRun } from "./create-run";
import { discardRun } from "./discard-run";
import { getRun } from "./get-run";
import { publishRun } from "./publish-run";

type UserData = Parameters<typeof createUser>[0];
const admin = () => createUser({ role: "ADMIN", isStaff: true });
const mentor = (data: UserData = {}) => createUser({ role: "MENTOR", ...data });
const mentee = (data: UserData = {}) => createUser({ role: "MENTEE", ...data });
const block = (menteeId: string, mentorId: string) => prisma.blacklistEntry.create({ data: { menteeId, mentorId } });
async function fill(mentorId: string, count: number) {
  for (let k = 0; k < count; k++) await mentee({ matchedMentor: { connect: { id: mentorId } }, isMatched: true, matchedAt: new Date() });
}
const user = (id: string) => prisma.user.findUniqueOrThrow({ where: { id } });

beforeEach(async () => {
  await prisma.matchingRun.deleteMany();
  await prisma.user.deleteMany();
});

describe("publishing a draft", () => {
  it("matches every pair like an accepted request, closes the mentees' pending requests, notifies both sides and logs it", async () => {
    const boss = await admin();
    const a = await mentor({ major: ["Biology"] });
    const elsewhere = await mentor({ major: ["History"] });
    await fill(elsewhere.id, 3);
    const x = await mentee({ major: ["Biology"] });
    const y = await mentee({ major: ["Biology"] });
    const asked = await mentor({ major: ["Art"] });
    const request = await prisma.mentorshipRequest.create({ data: { menteeId: x.id, mentorId: asked.id } });
    await block(x.id, asked.id);
    await block(y.id, asked.id);
    await fill(asked.id, 3);

    await prisma.notificationEmailOptOut.create({ data: { userId: a.id, kind: "MATCHED_BY_PROGRAM" } });
    const draft = await createRun({ actorId: boss.id, input: {} });
    expect(draft.pairs.map((pair) => [pair.mentee, pair.mentor]).sort()).toEqual([[x.email, a.email], [y.email, a.email]].sort());
    expect(await user(x.id)).toMatchObject({ matchedMentorId: null });

    const result = await publishRun({ actorId: boss.id, runId: draft.id });
    expect(result).toMatchObject({ published: 2, skipped: [], run: { id: draft.id, status: "PUBLISHED", published: 2, skipped: [], decidedBy: boss.email } });
    for (const m of [x, y]) expect(await user(m.id)).toMatchObject({ matchedMentorId: a.id, isMatched: true, matchedAt: expect.any(Date) });
    expect(await user(a.id)).toMatchObject({ isMatched: false });
    expect(await prisma.mentorshipRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "CLOSED", decidedAt: expect.any(Date) });

    const notes = await prisma.notification.findMany({ where: { kind: "MATCHED_BY_PROGRAM" } });
    expect(notes.filter((n) => n.userId === x.id)).toEqual([expect.objectContaining({ link: `/chat/${a.id}` })]);
    // The mentor hears of each new mentee, with a way to say hello to that one.
    expect(notes.filter((n) => n.userId === a.id).map((n) => n.link).sort()).toEqual([`/chat/${x.id}`, `/chat/${y.id}`].sort());
    expect(notes.filter((n) => n.userId === a.id).every((n) => n.title.endsWith("has been matched with you as your mentee"))).toBe(true);
    // Emails follow each person's choice: the mentor turned these off.
    expect(notes.filter((n) => n.userId === a.id).map((n) => [n.emailPendingAt, n.emailSentAt])).toEqual([[null, null], [null, null]]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "matching.publish", actorId: boss.id } });
    expect(audit.details).toEqual({ runId: draft.id, published: 2, skipped: 0 });

    expect(await failure(publishRun({ actorId: boss.id, runId: draft.id }))).toMatchObject({ code: "CONFLICT", message: "This run is not a draft" });
    expect((await failure(discardRun({ actorId: boss.id, runId: draft.id }))).code).toBe("CONFLICT");
    expect((await failure(publishRun({ actorId: boss.id, runId: "6c1f1f1e-0000-4000-8000-000000000000" }))).code).toBe("NOT_FOUND");
    expect((await failure(publishRun({ actorId: boss.id, runId: "../etc" }))).code).toBe("NOT_FOUND");
    expect((await failure(publishRun({ actorId: x.id, runId: draft.id }))).code).toBe("FORBIDDEN");
  });

  it("skips and lists each pair whose mentee or mentor changed since the draft: matched elsewhere, full, deleted, blocked, paused", async () => {
    const boss = await admin();
    const [a, b, d, e] = [await mentor(), await mentor(), await mentor(), await mentor()];
    const [m1, m2, m3, m4, m5, m6] = [await mentee(), await mentee(), await mentee(), await mentee(), await mentee(), await mentee()];
    // Each mentee is allowed exactly one mentor: m1, m3, m4 → a; m2 → b; m5 → d; m6 → e.
    const only = new Map([[m1, a], [m2, b], [m3, a], [m4, a], [m5, d], [m6, e]]);
    for (const [m, allowed] of only) for (const other of [a, b, d, e]) if (other !== allowed) await block(m.id, other.id);
    const draft = await createRun({ actorId: boss.id, input: {} });
    expect(draft.pairs).toHaveLength(6);
    await prisma.user.update({ where: { id: e.id }, data: { acceptingMentees: false } });

    const c = await mentor();
    await prisma.user.update({ where: { id: m1.id }, data: { matchedMentorId: c.id, isMatched: true, matchedAt: new Date() } });
    await fill(b.id, 3);
    await prisma.user.update({ where: { id: m3.id }, data: { isDeleted: true, deletionRequestedDate: new Date(), permanentDeletionDate: new Date(Date.now() + 3_600_000) } });
    await block(m4.id, a.id);

    const result = await publishRun({ actorId: boss.id, runId: draft.id });
    expect(result.published).toBe(1);
    expect(result.skipped.toSorted((p, q) => p.mentee.localeCompare(q.mentee))).toEqual(
      [
        { mentee: m1.email, mentor: a.email, why: "The mentee already has a mentor" },
        { mentee: m2.email, mentor: b.email, why: "The mentor's roster is full" },
        { mentee: m3.email, mentor: a.email, why: "The mentee is no longer in the program (deleted, deactivated or no longer a mentee)" },
        { mentee: m4.email, mentor: a.email, why: "The mentee has blocked this mentor" },
        { mentee: m6.email, mentor: e.email, why: "The mentor is not taking new mentees right now" },
      ].toSorted((p, q) => p.mentee.localeCompare(q.mentee)),
    );
    expect(await user(m5.id)).toMatchObject({ matchedMentorId: d.id });
    expect(await user(m1.id)).toMatchObject({ matchedMentorId: c.id });
    for (const m of [m2, m3, m4, m6]) expect(await user(m.id)).toMatchObject({ matchedMentorId: null });
    expect(await prisma.user.count({ where: { matchedMentorId: b.id } })).toBe(3);
    expect((await getRun({ runId: draft.id })).skipped).toHaveLength(5);
    expect(await prisma.notification.count({ where: { kind: "MATCHED_BY_PROGRAM" } })).toBe(2);
  });

  it("of two publishes of one draft at once exactly one takes effect, over 12 trials", async () => {
    const boss = await admin();
    for (let trial = 0; trial < 12; trial++) {
      const m = await mentee();
      const t = await mentor();
      const draft = await createRun({ actorId: boss.id, input: {} });
      const outcomes = await Promise.allSettled([publishRun({ actorId: boss.id, runId: draft.id }), publishRun({ actorId: boss.id, runId: draft.id })]);
      const won = outcomes.filter((o) => o.status === "fulfilled");
      const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
      expect(won, `trial ${trial}`).toHaveLength(1);
      expect(lost.map((o) => (o.reason as AppError).code)).toEqual(["CONFLICT"]);
      expect((won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof publishRun>>>).value.published).toBeGreaterThanOrEqual(1);
      expect(await user(m.id)).toMatchObject({ isMatched: true });
      expect(await prisma.notification.count({ where: { userId: m.id } })).toBe(1);
      expect(await prisma.auditEvent.count({ where: { action: "matching.publish", details: { path: ["runId"], equals: draft.id } } })).toBe(1);
      void t;
    }
  });

  it("a publish and a discard at once: exactly one wins", async () => {
    const boss = await admin();
    for (let trial = 0; trial < 10; trial++) {
      const m = await mentee();
      await mentor();
      const draft = await createRun({ actorId: boss.id, input: {} });
      const [published, discarded] = await Promise.allSettled([publishRun({ actorId: boss.id, runId: draft.id }), discardRun({ actorId: boss.id, runId: draft.id })]);
      expect([published.status, discarded.status].filter((s) => s === "fulfilled"), `trial ${trial}`).toHaveLength(1);
      const { status } = await getRun({ runId: draft.id });
      expect(status).toBe(published.status === "fulfilled" ? "PUBLISHED" : "DISCARDED");
      expect((await user(m.id)).isMatched).toBe(status === "PUBLISHED");
    }
  });
});

describe("discarding a draft", () => {
  it("matches nobody, logs it, and refuses a second discard, an unknown id and a non-admin", async () => {
    const boss = await admin();
    const m = await mentee();
    await mentor();
    const draft = await createRun({ actorId: boss.id, input: {} });
    expect((await failure(discardRun({ actorId: m.id, runId: draft.id }))).code).toBe("FORBIDDEN");
    expect(await discardRun({ actorId: boss.id, runId: draft.id })).toMatchObject({ id: draft.id, status: "DISCARDED", decidedBy: boss.email });
    expect(await user(m.id)).toMatchObject({ matchedMentorId: null, isMatched: false });
    expect(await prisma.auditEvent.count({ where: { action: "matching.discard", actorId: boss.id } })).toBe(1);
    expect(await failure(discardRun({ actorId: boss.id, runId: draft.id }))).toMatchObject({ code: "CONFLICT", message: "This run is not a draft" });
    expect((await failure(publishRun({ actorId: boss.id, runId: draft.id }))).code).toBe("CONFLICT");
    expect((await failure(discardRun({ actorId: boss.id, runId: "6c1f1f1e-0000-4000-8000-000000000000" }))).code).toBe("NOT_FOUND");
    expect((await failure(discardRun({ actorId: boss.id, runId: "x" }))).code).toBe("NOT_FOUND");
  });
});
