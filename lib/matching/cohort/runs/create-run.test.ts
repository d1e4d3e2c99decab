/**
 * Drafts of the cohort matching (issue 14) against a real PostgreSQL: who is in the cohort, pins and
 * forbids, and the optimum on seeded cohorts checked against brute force.
 *
 * A run covers every waiting mentee of the database, so each test starts from an empty users table
 * (files run one after another: no other file's rows are in use meanwhile).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { compatibility, type Profile } from "@/lib/matching/score";
import { createUser, failure } from "@/test/helpers";
import { bruteForce } from "../brute-force";
import { seededRandom } from "../seeded-random";
import { NOT_ALLOWED } from "../solver";
import { createRun } from "./create-run";
import { getRun } from "./get-run";
import { listRuns } from "./list-runs";
import { runChanges } from "./run-changes";

type UserData = Parameters<typeof createUser>[0];
const admin = () => createUser({ role: "ADMIN", isStaff: true });
const mentor = (data: UserData = {}) => createUser({ role: "MENTOR", ...data });
const mentee = (data: UserData = {}) => createUser({ role: "MENTEE", ...data });
const block = (menteeId: string, mentorId: string) => prisma.blacklistEntry.create({ data: { menteeId, mentorId } });
/** Gives a mentor `count` matched mentees (who are not waiting, so not in the cohort). */
async function fill(mentorId: string, count: number) {
  for (let k = 0; k < count; k++) await mentee({ matchedMentor: { connect: { id: mentorId } }, isMatched: true, matchedAt: new Date() });
}
const mentorOf = (run: { pairs: { mentee: string; mentor: string }[] }, email: string) => run.pairs.find((pair) => pair.mentee === email)?.mentor;

beforeEach(async () => {
  await prisma.matchingRun.deleteMany();
  await prisma.user.deleteMany();
});

describe("who a draft covers", () => {
  it("takes verified, live, unmatched mentees and live mentors' free seats, and honours blocks", async () => {
    const boss = await admin();
    const cs = { major: ["Computer Science"] };
    const waiting = [await mentee(cs), await mentee(cs), await mentee(cs), await mentee(cs)];
    await mentee({ ...cs, isVerified: false });
    await mentee({ ...cs, isDeleted: true, deletionRequestedDate: new Date(), permanentDeletionDate: new Date(Date.now() + 3_600_000) });
    await mentee({ ...cs, isActive: false });
    const open = await mentor(cs);
    const full = await mentor(cs);
    await fill(full.id, 3);
    await mentor({ ...cs, isActive: false });
    await mentor({ ...cs, isVerified: false });
    await mentor({ ...cs, isDeleted: true, deletionRequestedDate: new Date(), permanentDeletionDate: new Date(Date.now() + 3_600_000) });
    const blocker = await mentee(cs);
    await block(blocker.id, open.id);
    await mentor({ ...cs, acceptingMentees: false });

    const run = await createRun({ actorId: boss.id, input: {} });
    expect(run.status).toBe("DRAFT");
    expect(run.createdBy).toBe(boss.email);
    expect(run.totals).toMatchObject({ mentees: 5, pairs: 3, score: 90 });
    expect(run.totals.seconds).toBeGreaterThanOrEqual(0);
    expect(run.pairs).toHaveLength(3);
    for (const pair of run.pairs) {
      expect(waiting.map((user) => user.email)).toContain(pair.mentee);
      expect(pair).toMatchObject({ mentor: open.email, score: 30, pinned: false });
      expect(pair.reasons.join(" ")).toMatch(/Computer Science/);
    }
    const left = waiting.find((user) => !mentorOf(run, user.email))!;
    expect(run.unmatched).toEqual(
      expect.arrayContaining([
        { mentee: left.email, why: "no seats left" },
        { mentee: blocker.email, why: "no mentor allowed" },
      ]),
    );
    expect(run.unmatched).toHaveLength(2);
    expect(await getRun({ runId: run.id })).toEqual(run);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "matching.create", actorId: boss.id }, orderBy: { at: "desc" } });
    expect(audit.details).toMatchObject({ runId: run.id, mentees: 5, pairs: 3 });
  });

  it("answers 409 when nobody waits or no mentor has a seat, and refuses a non-admin", async () => {
    const boss = await admin();
    const someone = await mentor();
    expect(await failure(createRun({ actorId: boss.id, input: {} }))).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/Nobody to match/) });
    await fill(someone.id, 3);
    await mentee();
    expect(await failure(createRun({ actorId: boss.id, input: {} }))).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/no mentor has a free seat/) });
    expect((await failure(createRun({ actorId: someone.id, input: {} }))).code).toBe("FORBIDDEN");
    expect(await prisma.matchingRun.count()).toBe(0);
  });

  it("a mentor's own capacity sets their seats", async () => {
    const boss = await admin();
    const one = await mentor({ menteeCapacity: 1 });
    const two = await mentor({ menteeCapacity: 2 });
    await fill(two.id, 1);
    for (let k = 0; k < 4; k++) await mentee();
    const run = await createRun({ actorId: boss.id, input: {} });
    expect(run.pairs.filter((pair) => pair.mentor === one.email)).toHaveLength(1);
    expect(run.pairs.filter((pair) => pair.mentor === two.email)).toHaveLength(1);
    expect(run.unmatched.map((entry) => entry.why)).toEqual(["no seats left", "no seats left"]);
  });

  it("one open draft: a new one replaces it and is compared with it", async () => {
    const boss = await admin();
    await mentee();
    await mentor();
    const first = await createRun({ actorId: boss.id, input: {} });
    const second = await createRun({ actorId: boss.id, input: {} });
    expect(second.previousRunId).toBe(first.id);
    expect(await getRun({ runId: first.id })).toMatchObject({ status: "DISCARDED", decidedBy: boss.email });
    expect((await listRuns()).map((run) => [run.id, run.status])).toEqual([[second.id, "DRAFT"], [first.id, "DISCARDED"]]);
    expect((await listRuns())[0]).not.toHaveProperty("pairs");
    // Two at once still leave one draft.
    await Promise.all([createRun({ actorId: boss.id, input: {} }), createRun({ actorId: boss.id, input: {} })]);
    expect(await prisma.matchingRun.count({ where: { status: "DRAFT" } })).toBe(1);
  });

  it("looks up an unknown or malformed id as not found", async () => {
    expect((await failure(getRun({ runId: "6c1f1f1e-0000-4000-8000-000000000000" }))).code).toBe("NOT_FOUND");
    expect((await failure(getRun({ runId: "nope" }))).code).toBe("NOT_FOUND");
  });
});

describe("pins and forbids", () => {
  it("a pin is honoured and keeps its seat; a forbidden pair never appears", async () => {
    const boss = await admin();
    const best = await mentor({ major: ["Physics"], firstgen: true });
    const other = await mentor({ major: ["History"] });
    await fill(best.id, 2); // one seat left
    const star = await mentee({ major: ["Physics"], firstgen: true });
    const pinned = await mentee({ major: ["Art"] });
    await block(star.id, other.id);
    const plain = await createRun({ actorId: boss.id, input: {} });
    expect(mentorOf(plain, star.email)).toBe(best.email);

    const run = await createRun({ actorId: boss.id, input: { pin: [[pinned.email, best.email]] } });
    expect(run.pairs.find((pair) => pair.mentee === pinned.email)).toMatchObject({ mentor: best.email, pinned: true });
    expect(run.unmatched).toEqual([{ mentee: star.email, why: "no seats left" }]);
    expect(run.pin).toEqual([[pinned.email, best.email]]);

    const forbidden = await createRun({ actorId: boss.id, input: { forbid: [[star.email, best.email]], pin: [[pinned.email.toUpperCase(), ` ${other.email} `]] } });
    expect(mentorOf(forbidden, star.email)).toBeUndefined();
    expect(forbidden.unmatched).toEqual([{ mentee: star.email, why: "no mentor allowed" }]);
    expect(mentorOf(forbidden, pinned.email)).toBe(other.email);
    expect(forbidden.forbid).toEqual([[star.email, best.email]]);
  });

  it("refuses unknown emails, pins to a full mentor or a blocked pair, duplicates and a pair both pinned and forbidden", async () => {
    const boss = await admin();
    const a = await mentee();
    const b = await mentee();
    const open = await mentor();
    const full = await mentor();
    await fill(full.id, 3);
    await block(b.id, open.id);
    const cases: [unknown, RegExp][] = [
      [{ pin: [["nobody@ucla.edu", open.email]] }, /No account has the email nobody@ucla\.edu/],
      [{ forbid: [[a.email, "nobody@ucla.edu"]] }, /No account has the email nobody@ucla\.edu/],
      [{ pin: [[open.email, a.email]] }, /is not a mentee/],
      [{ pin: [[a.email, full.email]] }, new RegExp(`${full.email}'s roster is full`)],
      [{ pin: [[b.email, open.email]] }, /has blocked/],
      [{ pin: [[a.email, open.email], [a.email, full.email]] }, /pinned twice/],
      [{ pin: [[a.email, open.email]], forbid: [[a.email, open.email]] }, /both pinned and forbidden/],
      [{ forbid: [[a.email, open.email], [a.email, open.email]] }, /forbidden twice/],
      [{ pin: "x" }, /list of \[menteeEmail, mentorEmail\] pairs/],
      [{ pin: [[a.email]] }, /\[menteeEmail, mentorEmail\]/],
      [{ pin: [[a.email, "x\u0000@ucla.edu"]] }, /./],
    ];
    for (const [input, message] of cases) {
      const error = await failure(createRun({ actorId: boss.id, input }));
      expect(error.code, JSON.stringify(input)).toBe("INVALID_INPUT");
      expect(error.message).toMatch(message);
    }
    const paused = await mentor({ acceptingMentees: false });
    expect((await failure(createRun({ actorId: boss.id, input: { pin: [[a.email, paused.email]] } }))).message).toMatch(/not taking new mentees right now \(paused\)/);
    const seatsOf = await mentor();
    await fill(seatsOf.id, 2);
    const c = await mentee();
    expect((await failure(createRun({ actorId: boss.id, input: { pin: [[a.email, seatsOf.email], [c.email, seatsOf.email]] } }))).message).toMatch(/has 1 free seat but 2 pins/);
    expect(await prisma.matchingRun.count()).toBe(0);
  });
});

const MAJORS = ["Computer Science", "Biology", "Economics", "Physics"];
const CLUBS = ["ACM", "Dance Marathon", "Bruin Racing", ""];

function randomProfile(next: () => number): Partial<Profile> & { major: string[] } {
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  return {
    year: 1 + Math.floor(next() * 4),
    major: [pick(MAJORS)],
    clubs: pick(CLUBS),
    firstgen: next() < 0.4,
    transfer: next() < 0.2,
    international: next() < 0.2,
    commuter: next() < 0.2,
    outofstate: next() < 0.3,
  };
}

describe("optimality on seeded cohorts", () => {
  it("matches as many as brute force, with the same total, on 8 random cohorts with blocks and partly full mentors", async () => {
    for (let seed = 1; seed <= 8; seed++) {
      await prisma.matchingRun.deleteMany();
      await prisma.user.deleteMany();
      const next = seededRandom(seed);
      const boss = await admin();
      const mentees = [];
      for (let i = 0; i < 6; i++) mentees.push(await mentee(randomProfile(next)));
      const mentors: Awaited<ReturnType<typeof mentor>>[] = [];
      const seats: number[] = [];
      for (let j = 0; j < 3; j++) {
        const user = await mentor(randomProfile(next));
        const taken = Math.floor(next() * 4);
        await fill(user.id, taken);
        mentors.push(user);
        seats.push(3 - taken);
      }
      const blocked = new Set<string>();
      for (const a of mentees) for (const b of mentors) if (next() < 0.25) {
        await block(a.id, b.id);
        blocked.add(`${a.id} ${b.id}`);
      }
      if (seats.every((s) => s === 0)) continue;

      const scores = new Int8Array(mentees.length * mentors.length);
      mentees.forEach((a, i) => mentors.forEach((b, j) => (scores[i * mentors.length + j] = blocked.has(`${a.id} ${b.id}`) ? NOT_ALLOWED : compatibility(a, b).score)));
      const best = bruteForce({ mentees: mentees.length, mentors: mentors.length, scores, capacity: Int32Array.from(seats) });

      const run = await createRun({ actorId: boss.id, input: {} });
      expect({ seed, matched: run.pairs.length, total: run.totals.score }).toEqual({ seed, ...best });
      expect(run.totals.pairs).toBe(best.matched);
      for (const [j, b] of mentors.entries()) expect(run.pairs.filter((pair) => pair.mentor === b.email).length).toBeLessThanOrEqual(seats[j]!);
      for (const pair of run.pairs) {
        const a = mentees.find((user) => user.email === pair.mentee)!;
        const b = mentors.find((user) => user.email === pair.mentor)!;
        expect(blocked.has(`${a.id} ${b.id}`)).toBe(false);
        expect(pair.score).toBe(compatibility(a, b).score);
      }
      expect(new Set(run.pairs.map((pair) => pair.mentee)).size).toBe(run.pairs.length);
      expect(run.pairs.length + run.unmatched.length).toBe(mentees.length);
    }
  });
});

describe("what changed", () => {
  it("lists pairs added, removed and given another mentor", () => {
    const pair = (mentee: string, mentor: string) => ({ mentee, mentor, score: 10, reasons: [], pinned: false });
    expect(runChanges([pair("a", "x"), pair("b", "y"), pair("d", "x")], [pair("a", "x"), pair("b", "x"), pair("c", "y")])).toEqual({
      added: [pair("d", "x")],
      removed: [pair("c", "y")],
      changed: [{ mentee: "b", from: "x", to: "y", score: 10 }],
    });
  });
});
