/**
 * A cohort matching run as stored (the JSON snapshot columns of `matching_runs`) and as the API
 * and the console show it (shared/API.md, "Cohort matching (admin)"). Stored pairs keep the users'
 * ids for publishing; the API shows emails only.
 */
import type { MatchingRun } from "@prisma/client";

/** Why a mentee of the cohort got no mentor in a draft. */
export type UnmatchedWhy = "no mentor allowed" | "no seats left";

export interface StoredPair {
  mentee: string;
  mentor: string;
  menteeId: string;
  mentorId: string;
  score: number;
  reasons: string[];
  /** Pinned by the staff rather than chosen by the solver. */
  pinned: boolean;
}

export interface StoredUnmatched {
  mentee: string;
  menteeId: string;
  why: UnmatchedWhy;
}

/** A pair the publish did not create, and why (it changed since the draft). */
export interface SkippedPair {
  mentee: string;
  mentor: string;
  why: string;
}

export type EmailPair = [mentee: string, mentor: string];

export interface RunPair {
  mentee: string;
  mentor: string;
  score: number;
  reasons: string[];
  pinned: boolean;
}

export interface RunTotals {
  mentees: number;
  pairs: number;
  score: number;
  seconds: number;
}

/** The list's entry: everything but the pairs and the unmatched mentees. */
export interface RunSummary {
  id: string;
  status: MatchingRun["status"];
  createdAt: string;
  createdBy: string;
  totals: RunTotals;
  pin: EmailPair[];
  forbid: EmailPair[];
  previousRunId: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  published: number | null;
  skipped: SkippedPair[] | null;
}

export interface Run extends RunSummary {
  pairs: RunPair[];
  unmatched: { mentee: string; why: UnmatchedWhy }[];
}

/** The columns of a summary: the list never reads the (large) pairs and unmatched snapshots. */
export const runSummarySelect = {
  id: true,
  status: true,
  createdAt: true,
  createdByEmail: true,
  pins: true,
  forbids: true,
  menteeCount: true,
  pairCount: true,
  totalScore: true,
  solveSeconds: true,
  previousRunId: true,
  decidedAt: true,
  decidedByEmail: true,
  publishedCount: true,
  skipped: true,
} as const;

type SummaryRow = Pick<MatchingRun, keyof typeof runSummarySelect>;

export function serializeRunSummary(row: SummaryRow): RunSummary {
  return {
    id: row.id,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdByEmail,
    totals: { mentees: row.menteeCount, pairs: row.pairCount, score: row.totalScore, seconds: row.solveSeconds },
    pin: row.pins as unknown as EmailPair[],
    forbid: row.forbids as unknown as EmailPair[],
    previousRunId: row.previousRunId,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decidedBy: row.decidedByEmail,
    published: row.publishedCount,
    skipped: (row.skipped as unknown as SkippedPair[] | null) ?? null,
  };
}

export function serializeRun(row: MatchingRun): Run {
  const pairs = row.pairs as unknown as StoredPair[];
  const unmatched = row.unmatched as unknown as StoredUnmatched[];
  return {
    ...serializeRunSummary(row),
    pairs: pairs.map(({ mentee, mentor, score, reasons, pinned }) => ({ mentee, mentor, score, reasons, pinned })),
    unmatched: unmatched.map(({ mentee, why }) => ({ mentee, why })),
  };
}
