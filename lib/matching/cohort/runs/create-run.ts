/**
 * A new draft of the cohort matching (issue 14): every waiting mentee against every live mentor's
 * free seats, scored by the app's own compatibility (lib/matching/score.ts), solved exactly by
 * lib/matching/cohort/solver.ts. Nothing is matched until the draft is published.
 *
 * - Blocked pairs and forbidden pairs get −1 (not allowed).
 * - A pin [mentee, mentor] is honoured outright: the pinned mentee gets that mentor and one of the
 *   mentor's seats is reserved for them before the solve, so the solver assigns everyone else to
 *   the seats that are left. This is the "−1 for every other mentor" of the issue with the seat
 *   guaranteed (with −1 alone the solver could give the pinned mentor's last seat to someone else
 *   and leave the pinned mentee unmatched). The result is optimal among assignments that keep the pins.
 * - A pin is refused (400) when an email names nobody, the mentee is not waiting for a mentor, the
 *   mentor is not live, paused or has no seat left for it, the mentee blocked the mentor, the mentee is
 *   pinned twice, or the same pair is also forbidden. A forbid naming nobody is refused too.
 * - 409 "nobody to match" when no mentee is waiting or no mentor has a free seat.
 *
 * One open draft at a time: the new draft replaces (discards) the open one in the transaction that
 * inserts it, under an advisory lock, and keeps it as `previousRunId` for "what changed"; without
 * an open draft the newest run is the one compared with.
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireAdminActor } from "@/lib/admin/admin-change";
import { compatibility, matrixScorer } from "@/lib/matching/score";
import { lockedTransaction } from "@/lib/transaction";
import { parseInput } from "@/lib/users/validate";
import { NOT_ALLOWED, solveCohort } from "../solver";
import { blockKey, collectCohort, type Cohort, type CohortMentee, type CohortMentor } from "./collect-cohort";
import { serializeRun, type EmailPair, type Run, type StoredPair, type StoredUnmatched } from "./run-model";
import { createRunSchema } from "./schemas";

export interface CreateRunOptions {
  /** From the session. */
  actorId: string;
  input: unknown;
  ip?: string | null;
}

/** Keys the advisory lock that serialises the creation of drafts. */
const DRAFT_LOCK = 0x4d52_554e; // "MRUN"

const invalid = (field: "pin" | "forbid", message: string) => AppError.invalid(message, { [field]: [message] });

interface ResolvedPins {
  /** Pinned mentor per pinned mentee id. */
  pinned: Map<string, CohortMentor>;
  forbidden: Set<string>;
}

async function resolvePairs(cohort: Cohort, pin: EmailPair[], forbid: EmailPair[]): Promise<ResolvedPins> {
  const menteeByEmail = new Map(cohort.mentees.map((mentee) => [mentee.email, mentee]));
  const mentorByEmail = new Map(cohort.mentors.map((mentor) => [mentor.email, mentor]));
  const named = [...new Set([...pin, ...forbid].flat())];
  const users = await prisma.user.findMany({ where: { email: { in: named } }, select: { id: true, email: true, role: true } });
  const userByEmail = new Map(users.map((user) => [user.email, user]));
  const known = (field: "pin" | "forbid", email: string, role: "MENTEE" | "MENTOR") => {
    const user = userByEmail.get(email);
    if (!user) throw invalid(field, `No account has the email ${email}`);
    if (user.role !== role) throw invalid(field, `${email} is not a ${role === "MENTEE" ? "mentee" : "mentor"}`);
    return user;
  };

  const forbidden = new Set<string>();
  for (const [menteeEmail, mentorEmail] of forbid) {
    const mentee = known("forbid", menteeEmail, "MENTEE");
    const mentor = known("forbid", mentorEmail, "MENTOR");
    const key = blockKey(mentee.id, mentor.id);
    if (forbidden.has(key)) throw invalid("forbid", `${menteeEmail} – ${mentorEmail} is forbidden twice`);
    forbidden.add(key);
  }

  const pinned = new Map<string, CohortMentor>();
  const pinsPerMentor = new Map<string, number>();
  for (const [menteeEmail, mentorEmail] of pin) {
    known("pin", menteeEmail, "MENTEE");
    known("pin", mentorEmail, "MENTOR");
    const mentee = menteeByEmail.get(menteeEmail);
    if (!mentee) throw invalid("pin", `${menteeEmail} is not waiting for a mentor (unverified, deactivated, deleting or already matched)`);
    const mentor = mentorByEmail.get(mentorEmail);
    if (!mentor) throw invalid("pin", `${mentorEmail} is not an active mentor (unverified, deactivated or deleting)`);
    if (pinned.has(mentee.id)) throw invalid("pin", `${menteeEmail} is pinned twice`);
    if (cohort.blocked.has(blockKey(mentee.id, mentor.id))) throw invalid("pin", `${menteeEmail} has blocked ${mentorEmail}`);
    if (forbidden.has(blockKey(mentee.id, mentor.id))) throw invalid("pin", `${menteeEmail} – ${mentorEmail} is both pinned and forbidden`);
    const count = (pinsPerMentor.get(mentor.id) ?? 0) + 1;
    if (mentor.paused) throw invalid("pin", `${mentorEmail} is not taking new mentees right now (paused)`);
    if (mentor.seats === 0) throw invalid("pin", `${mentorEmail}'s roster is full: no seat for ${menteeEmail}`);
    if (count > mentor.seats) throw invalid("pin", `${mentorEmail} has ${mentor.seats} free seat${mentor.seats === 1 ? "" : "s"} but ${count} pins`);
    pinsPerMentor.set(mentor.id, count);
    pinned.set(mentee.id, mentor);
  }
  return { pinned, forbidden };
}

interface Solved {
  pairs: StoredPair[];
  unmatched: StoredUnmatched[];
  score: number;
  seconds: number;
}

function solve(cohort: Cohort, { pinned, forbidden }: ResolvedPins): Solved {
  const pairs: StoredPair[] = [];
  const seatsLeft = new Map(cohort.mentors.map((mentor) => [mentor.id, mentor.seats]));
  for (const mentee of cohort.mentees) {
    const mentor = pinned.get(mentee.id);
    if (!mentor) continue;
    seatsLeft.set(mentor.id, seatsLeft.get(mentor.id)! - 1);
    pairs.push(storedPair(mentee, mentor, true));
  }

  const mentees = cohort.mentees.filter((mentee) => !pinned.has(mentee.id));
  const mentors = cohort.mentors.filter((mentor) => seatsLeft.get(mentor.id)! > 0);
  const n = mentees.length;
  const m = mentors.length;
  // The app's scores, each mentor parsed once (matrixScorer gives exactly compatibility's score);
  // then the pairs a mentee may not get, looked up per mentee by mentor id.
  const banned = new Map<string, Set<string>>();
  for (const key of [...cohort.blocked, ...forbidden]) {
    const [menteeId, mentorId] = key.split(" ") as [string, string];
    const set = banned.get(menteeId) ?? new Set<string>();
    set.add(mentorId);
    banned.set(menteeId, set);
  }
  const mentorIndex = new Map(mentors.map((mentor, j) => [mentor.id, j]));
  const scoreRow = matrixScorer(mentors);
  const scores = new Int8Array(n * m);
  const allowed = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const mentee = mentees[i]!;
    const row = i * m;
    scoreRow(mentee, scores, row);
    let left = m;
    for (const mentorId of banned.get(mentee.id) ?? []) {
      const j = mentorIndex.get(mentorId);
      if (j !== undefined && scores[row + j] !== NOT_ALLOWED) {
        scores[row + j] = NOT_ALLOWED;
        left--;
      }
    }
    allowed[i] = left > 0 ? 1 : 0;
  }
  // A mentor whose every seat went to pins still counts for "why": the mentee was allowed a seat there.
  const takenByPins = cohort.mentors.filter((mentor) => mentor.seats > 0 && seatsLeft.get(mentor.id)! === 0);
  for (let i = 0; i < n; i++) {
    const id = mentees[i]!.id;
    if (!allowed[i] && takenByPins.some((mentor) => !cohort.blocked.has(blockKey(id, mentor.id)) && !forbidden.has(blockKey(id, mentor.id)))) allowed[i] = 1;
  }
  const capacity = Int32Array.from(mentors, (mentor) => seatsLeft.get(mentor.id)!);
  const started = performance.now();
  const { assignment } = solveCohort({ mentees: n, mentors: m, scores, capacity });
  const seconds = (performance.now() - started) / 1000;

  const unmatched: StoredUnmatched[] = [];
  for (let i = 0; i < n; i++) {
    const mentee = mentees[i]!;
    const j = assignment[i]!;
    if (j >= 0) pairs.push(storedPair(mentee, mentors[j]!, false));
    else unmatched.push({ mentee: mentee.email, menteeId: mentee.id, why: allowed[i] ? "no seats left" : "no mentor allowed" });
  }
  pairs.sort((a, b) => (a.mentee < b.mentee ? -1 : a.mentee > b.mentee ? 1 : 0));
  return { pairs, unmatched, score: pairs.reduce((sum, pair) => sum + pair.score, 0), seconds };
}

function storedPair(mentee: CohortMentee, mentor: CohortMentor, pinned: boolean): StoredPair {
  const { score, reasons } = compatibility(mentee, mentor);
  return { mentee: mentee.email, mentor: mentor.email, menteeId: mentee.id, mentorId: mentor.id, score, reasons, pinned };
}

export async function createRun({ actorId, input, ip = null }: CreateRunOptions): Promise<Run> {
  const { pin, forbid } = parseInput(createRunSchema, input ?? {});
  await requireAdminActor(prisma, actorId);
  const cohort = await collectCohort();
  if (cohort.mentees.length === 0) throw new AppError("CONFLICT", "Nobody to match: no verified mentee is waiting for a mentor");
  if (!cohort.mentors.some((mentor) => mentor.seats > 0)) throw new AppError("CONFLICT", "Nobody to match: no mentor has a free seat (or every mentor with one is paused)");
  const resolved = await resolvePairs(cohort, pin, forbid);
  const solved = solve(cohort, resolved);

  return lockedTransaction(async (tx) => {
    const actor = await requireAdminActor(tx, actorId);
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DRAFT_LOCK})`;
    const open = await tx.matchingRun.findFirst({ where: { status: "DRAFT" }, select: { id: true } });
    const previous = open ?? (await tx.matchingRun.findFirst({ orderBy: { createdAt: "desc" }, select: { id: true } }));
    const now = new Date();
    if (open) await tx.matchingRun.update({ where: { id: open.id }, data: { status: "DISCARDED", decidedAt: now, decidedByEmail: actor.email } });
    const run = await tx.matchingRun.create({
      data: {
        createdById: actor.id,
        createdByEmail: actor.email,
        pins: pin,
        forbids: forbid,
        pairs: solved.pairs as never,
        unmatched: solved.unmatched as never,
        menteeCount: cohort.mentees.length,
        pairCount: solved.pairs.length,
        totalScore: solved.score,
        solveSeconds: solved.seconds,
        previousRunId: previous?.id ?? null,
      },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "matching.create",
      details: {
        runId: run.id,
        mentees: cohort.mentees.length,
        pairs: solved.pairs.length,
        score: solved.score,
        pins: pin.length,
        forbids: forbid.length,
        ...(open ? { replacedDraft: open.id } : {}),
      },
      ip,
    });
    return serializeRun(run);
  });
}
