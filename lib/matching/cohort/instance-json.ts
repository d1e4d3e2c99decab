/**
 * The solver's file format of API.md ("Cohort matching"), shared by `npm run solve-matching` and
 * `npm run bench:matching` so anyone can check the solver against another on the same matrix:
 * in = `{capacity: [c_j], scores: [[s_ij]]}` (n mentees × m mentors, integers 0–100, −1 = not
 * allowed), out = `{assignment: [[i, j], …], matched, total, seconds}`.
 *
 * Validated by hand rather than with zod: a 10,000 × 2,000 instance is 20 million numbers, and
 * each message names the first bad entry by its position.
 */
import { MAX_SCORE, NOT_ALLOWED, type CohortAssignment, type SolveCohortOptions } from "./solver";

export class InvalidInstanceError extends Error {
  override name = "InvalidInstanceError";
}

export interface CohortInstanceJson {
  capacity: number[];
  scores: number[][];
}

export interface CohortResultJson {
  /** [mentee index, mentor index] of each matched pair, by mentee index. */
  assignment: [number, number][];
  matched: number;
  total: number;
  seconds: number;
}

const isInteger = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value);

/** The typed-array problem of a parsed in.json; throws InvalidInstanceError naming the first problem. */
export function parseCohortInstance(value: unknown): SolveCohortOptions {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new InvalidInstanceError("expected an object {capacity: [c_j], scores: [[s_ij]]}");
  const { capacity, scores } = value as Record<string, unknown>;
  if (!Array.isArray(capacity)) throw new InvalidInstanceError("capacity must be an array of integers ≥ 0, one per mentor");
  if (!Array.isArray(scores)) throw new InvalidInstanceError("scores must be an array of rows, one per mentee");
  const m = capacity.length;
  const seats = new Int32Array(m);
  capacity.forEach((c, j) => {
    if (!isInteger(c) || c < 0 || c > 2 ** 31 - 1) throw new InvalidInstanceError(`capacity[${j}] must be an integer ≥ 0, got ${JSON.stringify(c)}`);
    seats[j] = c;
  });
  const n = scores.length;
  const matrix = new Int8Array(n * m);
  for (let i = 0; i < n; i++) {
    const row: unknown = scores[i];
    if (!Array.isArray(row) || row.length !== m) throw new InvalidInstanceError(`scores[${i}] must be an array of ${m} scores (one per mentor in capacity)`);
    for (let j = 0; j < m; j++) {
      const s: unknown = row[j];
      if (!isInteger(s) || s < NOT_ALLOWED || s > MAX_SCORE) throw new InvalidInstanceError(`scores[${i}][${j}] must be an integer from 0 to 100, or -1 (not allowed), got ${JSON.stringify(s)}`);
      matrix[i * m + j] = s;
    }
  }
  return { mentees: n, mentors: m, scores: matrix, capacity: seats };
}

/** in.json of a typed-array problem. */
export function cohortInstanceJson({ mentees: n, mentors: m, scores, capacity }: SolveCohortOptions): CohortInstanceJson {
  return {
    capacity: Array.from(capacity),
    scores: Array.from({ length: n }, (_, i) => Array.from(scores.subarray(i * m, (i + 1) * m))),
  };
}

/** out.json of a solution. */
export function cohortResultJson({ assignment, matched, total }: CohortAssignment, seconds: number): CohortResultJson {
  const pairs: [number, number][] = [];
  assignment.forEach((j, i) => {
    if (j >= 0) pairs.push([i, j]);
  });
  return { assignment: pairs, matched, total, seconds };
}
