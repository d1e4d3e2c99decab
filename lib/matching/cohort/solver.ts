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
 * - dist[j] = r's reduced cost to j; the nearest unsettled column is settled (a dense O(m) scan:
 *   m is at most a few thousand, and the scan costs less than the relaxations it leads to);
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
 * every time (among columns at the same distance, one with a free seat first, then the lowest
 * index). Cost: O(m) for an uncontested mentee; a contested one settles t full mentors at
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
  const unsettled = new Int32Array(m + 1);
  const settled = new Int32Array(m + 1);

  const hasFreeSeat = (j: number) => j === NOBODY || count[j]! < seats[j]!;

  /** Relaxes every column from mentee i, reached at distance `reached`. */
  const relax = (i: number, reached: number) => {
    const base = reached - u[i]!;
    const row = i * m;
    for (let j = 0; j < m; j++) {
      const s = scores[row + j]!;
      if (s < 0) continue;
      // Settled columns never improve: reduced costs are ≥ 0 and `reached` ≥ their distance.
      const d = base + (MAX_SCORE - s) - v[j]!;
      if (d < dist[j]!) {
        dist[j] = d;
        via[j] = i;
      }
    }
    const d = base + K;
    if (d < dist[NOBODY]!) {
      dist[NOBODY] = d;
      via[NOBODY] = i;
    }
  };

  for (let r = 0; r < n; r++) {
    dist.fill(Number.POSITIVE_INFINITY);
    for (let j = 0; j <= m; j++) unsettled[j] = j;
    let open = m + 1;
    let closed = 0;
    relax(r, 0);

    let end = -1;
    let minDist = 0;
    while (end < 0) {
      // The nearest unsettled column; ties: a free seat first, then the lowest index.
      let best = -1;
      let bestAt = -1;
      let bestDist = Number.POSITIVE_INFINITY;
      let bestFree = false;
      for (let p = 0; p < open; p++) {
        const j = unsettled[p]!;
        const d = dist[j]!;
        if (d > bestDist) continue;
        const free = hasFreeSeat(j);
        if (d < bestDist || (free && !bestFree) || (free === bestFree && j < best)) {
          best = j;
          bestAt = p;
          bestDist = d;
          bestFree = free;
        }
      }
      // D is always reachable from r, so `best` exists.
      unsettled[bestAt] = unsettled[--open]!;
      minDist = bestDist;
      if (bestFree) {
        end = best;
        break;
      }
      settled[closed++] = best;
      for (let p = first[best]!, last = first[best]! + count[best]!; p < last; p++) relax(held[p]!, bestDist);
    }

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
      if (j !== NOBODY) held[first[j]! + count[j]!++] = i;
      if (i === r) break;
      // i leaves `from` (a full mentor on the path); the mentee before i on the path takes the seat.
      let q = first[from]!;
      while (held[q] !== i) q++;
      held[q] = held[first[from]! + --count[from]!]!;
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
