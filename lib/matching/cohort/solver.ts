/**
 * Cohort matching (issue 14): assign n mentees to m mentors with a number of seats each so that
 * (1) as many mentees as possible are matched and (2) among those assignments the total score is
 * the highest. Exact, deterministic, plain TypeScript on typed arrays.
 *
 * ## The model
 * Scores s_ij are integers 0–100, or −1 where the pair is not allowed. A mentee costs
 * c_ij = 100 − s_ij on mentor j (0 … 100), or K on a "nobody" column D that has a seat for every
 * mentee. Every mentee then takes exactly one seat, and a full assignment of cost C matching k
 * mentees with total score S has C = 100·k − S + K·(n − k).
 *
 * **K = 100·N + 1, with N = min(n, seats), makes the cheapest full assignment the lexicographic
 * optimum.** Take two assignments matching k₁ > k₂ mentees. Then
 * C₁ ≤ 100·k₁ + K·(n − k₁) ≤ 100·N + K·(n − k₁) < K + K·(n − k₁) ≤ K·(n − k₂) ≤ C₂,
 * so the cheapest one matches the most mentees; among assignments with the same k, C differs only
 * by −S, so it has the highest total. A smaller constant is NOT enough in general: K = 101 (one
 * point more than any score) fails on the chain c–x 0, b–x 100, b–y 0, a–y 100, a–z 0, where
 * {b–x, a–y} (2 matched, cost 2·0 + K) beats {c–x, b–y, a–z} (3 matched, cost 300) unless K > 200.
 * Costs stay exact integers (≤ 100·10⁴·… ≪ 2⁵³) in Float64Arrays.
 *
 * ## The algorithm: successive shortest paths, one mentee at a time, no seat expansion
 * This is the shortest-augmenting-path method of Jonker–Volgenant (and of SciPy's
 * `linear_sum_assignment`) on the capacitated problem. Dual prices u_i (mentees) and v_j
 * (mentors) satisfy c_ij − u_i − v_j ≥ 0 for every allowed pair, = 0 for every assigned pair, and
 * v_j = 0 for every mentor with a free seat (and for D), v_j ≤ 0 for full ones. These are the
 * optimality conditions of the transportation LP for the mentees processed so far (a partly used
 * mentor's seats are interchangeable, so one price per mentor suffices: a used seat and a free
 * seat of the same mentor must have the same price), so each augmentation keeps the partial
 * assignment optimal and the last one is optimal for all mentees — in any processing order.
 *
 * Adding mentee r is one Dijkstra over the m + 1 columns with reduced costs (all ≥ 0):
 * - dist[j] = r's reduced cost to j; the open columns at the smallest distance are settled
 *   together (a dense O(m) scan: m is at most a few thousand, and the scan costs less than the
 *   relaxations it leads to; integer scores tie often, so one scan settles many columns), and a
 *   column a relaxation brings to exactly that distance joins them at once, without a scan;
 * - settling a column with a free seat (or D) ends the search: it is the end of the path;
 * - settling a full mentor relaxes from each mentee it holds (≤ its capacity of them; the
 *   reduced cost of giving up an assigned seat is 0), each relaxing all m columns.
 * Then the prices move by the distances (the classic update: v_j −= minDist − dist[j] for the
 * settled columns, u += the same for the mentees they hold, u_r += minDist), and the path is
 * flipped: each mentee on it moves to the next column, r takes a seat and the end column gains one
 * mentee. A path ending at D un-matches the mentee before it — the displaced mentee is the one
 * whose loss costs the least, which is how a late, better-scoring mentee can take the last seat.
 *
 * Why this and not the alternatives: seat expansion (SciPy's way) turns 10,000 × 2,000 × 5 into a
 * 10,000 × 10,000 float matrix (800 MB) and scans 5× more columns per step; here the matrix stays
 * n·m bytes (Int8Array, 20 MB) and a full mentor is one column whose ≤ 5 mentees are relaxed when it
 * is settled. The first steps are the warm start for free: while a mentee's best mentor has a free
 * seat the search ends after one scan of its row (a path of length 1, O(m)), so only mentees who
 * compete for full mentors pay for longer searches, and those searches stop at the first free seat.
 * An ε-scaling auction is also exact with integer costs, but needs a reverse phase for the
 * unbalanced (seats ≠ mentees) case and ~log(nC) scaling rounds; SSP has neither and is simpler to
 * get provably right.
 *
 * Determinism: no randomness, mentees are added in index order, and ties are broken the same way
 * every time (a scan ends at the free column of lowest index among those at the smallest
 * distance; a relaxation, at the first free column it brings to that distance). Which of several
 * optimal assignments is returned depends only on the input. Cost: O(m) for an uncontested mentee; a contested one settles t full mentors at
 * O(t · (capacity + 1) · m). Memory: the input plus O(n + m + Σ capacity) words.
 */

/** The score of a pair that may not be matched (blocked, same person, pinned elsewhere, forbidden). */
export const NOT_ALLOWED = -1;
/** The highest score a pair can have. */
export const MAX_SCORE = 100;

export interface SolveCohortOptions {
  /** n, the rows of `scores`. */
  mentees: number;
  /** m, the columns of `scores`. */
  mentors: number;
  /** n·m scores, row-major (mentee i, mentor j at i·m + j): integers 0–100 or −1 (not allowed). */
  scores: Int8Array | Int16Array;
  /** Seats per mentor (m entries, ≥ 0). */
  capacity: Int32Array;
}

export interface CohortAssignment {
  /** Mentor index per mentee, −1 = unmatched. */
  assignment: Int32Array;
  /** Mentees matched: the most any assignment can match. */
  matched: number;
  /** Sum of the matched pairs' scores: the highest among assignments that match `matched`. */
  total: number;
}

/** Throws a RangeError naming what is wrong; the CLI and the admin runs validate before calling. */
function check({ mentees: n, mentors: m, scores, capacity }: SolveCohortOptions): void {
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(m) || m < 0) throw new RangeError("mentees and mentors must be integers ≥ 0");
  if (scores.length !== n * m) throw new RangeError(`scores has ${scores.length} entries, expected mentees × mentors = ${n * m}`);
  if (capacity.length !== m) throw new RangeError(`capacity has ${capacity.length} entries, expected ${m}`);
  for (let j = 0; j < m; j++) if (capacity[j]! < 0) throw new RangeError(`capacity[${j}] is negative`);
  for (let k = 0; k < scores.length; k++) {
    const s = scores[k]!;
    if (s < NOT_ALLOWED || s > MAX_SCORE) throw new RangeError(`score ${s} at mentee ${Math.floor(k / m)}, mentor ${k % m} is outside −1…100`);
  }
}

const FULL = 1;
const SETTLED = 2;

/**
 * Relaxes every column from mentee i, reached at distance `reached`. A column that gets exactly
 * `minDist` is settled at once: queued on `settled` if full, or returned if it has a free seat
 * (the end of the path; −1 when there is none). Settled columns never improve: reduced costs are
 * ≥ 0 and `reached` is at least their distance. A module-level function with its arrays as
 * arguments keeps V8's hot loop on plain locals.
 */
function relax(
  i: number, reached: number, minDist: number, m: number, K: number,
  scores: Int8Array, u: Float64Array, v: Float64Array, dist: Float64Array, via: Int32Array,
  flags: Uint8Array, settled: Int32Array, tail: Int32Array,
): number {
  const base = reached - u[i]!;
  const row = i * m;
  for (let j = 0; j < m; j++) {
    const s = scores[row + j]!;
    if (s < 0) continue;
    const d = base + (MAX_SCORE - s) - v[j]!;
    if (d < dist[j]!) {
      dist[j] = d;
      via[j] = i;
      if (d === minDist) {
        if (!(flags[j]! & FULL)) return j;
        flags[j]! |= SETTLED;
        settled[tail[0]!++] = j;
      }
    }
  }
  const d = base + K; // the column D (index m): always a free seat
  if (d < dist[m]!) {
    dist[m] = d;
    via[m] = i;
    if (d === minDist) return m;
  }
  return -1;
}

export function solveCohort(options: SolveCohortOptions): CohortAssignment {
  check(options);
  const { mentees: n, mentors: m } = options;
  // One element type in the hot loop (V8 keeps it monomorphic); −1…100 fits a byte.
  const scores = options.scores instanceof Int8Array ? options.scores : Int8Array.from(options.scores);

  // Seats beyond n can never be used: clamping keeps the roster storage O(n + m).
  const seats = new Int32Array(m);
  const first = new Int32Array(m + 1); // mentor j's mentees are held[first[j] … first[j] + count[j])
  let totalSeats = 0;
  for (let j = 0; j < m; j++) {
    seats[j] = Math.min(options.capacity[j]!, n);
    first[j] = totalSeats;
    totalSeats += seats[j]!;
  }
  first[m] = totalSeats;
  const held = new Int32Array(totalSeats);
  const count = new Int32Array(m);

  const NOBODY = m; // the column D
  const K = MAX_SCORE * Math.min(n, totalSeats) + 1;
  const column = new Int32Array(n).fill(-1); // the column each mentee holds (D = NOBODY), −1 before it is added
  const u = new Float64Array(n);
  const v = new Float64Array(m + 1); // v[NOBODY] stays 0: D always has a free seat

  // Work arrays of the searches, allocated once.
  const dist = new Float64Array(m + 1);
  const via = new Int32Array(m + 1); // the mentee through which a column was reached
  const open = new Int32Array(m + 1); // columns not settled yet (compacted at each scan)
  const settled = new Int32Array(m + 1); // settled columns in order; a FIFO of those still to relax
  const flags = new Uint8Array(m + 1); // FULL | SETTLED per column
  const tail = new Int32Array(1);
  for (let j = 0; j < m; j++) if (seats[j] === 0) flags[j] = FULL;

  for (let r = 0; r < n; r++) {
    dist.fill(Number.POSITIVE_INFINITY);
    for (let j = 0; j <= m; j++) {
      open[j] = j;
      flags[j]! &= FULL;
    }
    let opened = m + 1;
    let head = 0;
    tail[0] = 0;
    let minDist = 0;
    let end = relax(r, 0, -1, m, K, scores, u, v, dist, via, flags, settled, tail);
    while (end < 0) {
      if (head === tail[0]) {
        // Nothing left at the current distance: scan for the next one. Every open column at that
        // distance is settled at once; if one has a free seat (the lowest index), the search ends.
        let next = Number.POSITIVE_INFINITY;
        let kept = 0;
        for (let p = 0; p < opened; p++) {
          const j = open[p]!;
          if (flags[j]! & SETTLED) continue;
          open[kept++] = j;
          if (dist[j]! < next) next = dist[j]!;
        }
        opened = kept;
        minDist = next;
        kept = 0;
        for (let p = 0; p < opened; p++) {
          const j = open[p]!;
          if (dist[j] !== minDist) {
            open[kept++] = j;
          } else if (!(flags[j]! & FULL)) {
            if (end < 0 || j < end) end = j;
          } else {
            flags[j]! |= SETTLED;
            settled[tail[0]++] = j;
          }
        }
        opened = kept;
        if (end >= 0) break;
      }
      // Settle the next full mentor: its mentees can give up their seats at no reduced cost.
      const j = settled[head++]!;
      for (let p = first[j]!, last = first[j]! + count[j]!; p < last && end < 0; p++) {
        end = relax(held[p]!, minDist, minDist, m, K, scores, u, v, dist, via, flags, settled, tail);
      }
    }
    const closed = tail[0]!;

    // New prices: every settled column's reduced costs stay ≥ 0 and the path becomes tight.
    for (let p = 0; p < closed; p++) {
      const j = settled[p]!;
      const delta = minDist - dist[j]!;
      if (delta === 0) continue;
      v[j] = v[j]! - delta;
      for (let q = first[j]!, last = first[j]! + count[j]!; q < last; q++) u[held[q]!] = u[held[q]!]! + delta;
    }
    u[r] = u[r]! + minDist;

    // Flip the path: from its end back to r, each mentee moves to the column it reached.
    let j = end;
    for (;;) {
      const i = via[j]!;
      const from = column[i]!;
      column[i] = j;
      if (j !== NOBODY) {
        held[first[j]! + count[j]!++] = i;
        if (count[j] === seats[j]) flags[j] = FULL;
      }
      if (i === r) break;
      // i leaves `from` (a full mentor on the path); the mentee before i on the path takes the seat.
      let q = first[from]!;
      while (held[q] !== i) q++;
      held[q] = held[first[from]! + --count[from]!]!;
      flags[from] = 0;
      j = from;
    }
  }

  const assignment = new Int32Array(n);
  let matched = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const j = column[i]!;
    if (j === NOBODY) {
      assignment[i] = -1;
    } else {
      assignment[i] = j;
      matched++;
      total += scores[i * m + j]!;
    }
  }
  return { assignment, matched, total };
}
