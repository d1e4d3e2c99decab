/**
 * The reference the solver is proved against on tiny instances (solver.test.ts, and the admin runs'
 * tests on cohorts from the database): every assignment — each mentee gets a mentor with a free
 * seat or nobody — and the best (matched, total). Exponential; for tests only.
 */
import { NOT_ALLOWED, type SolveCohortOptions } from "./solver";

export function bruteForce({ mentees: n, mentors: m, scores, capacity }: SolveCohortOptions): { matched: number; total: number } {
  const left = Array.from(capacity);
  let best = { matched: -1, total: -1 };
  const visit = (i: number, matched: number, total: number) => {
    if (i === n) {
      if (matched > best.matched || (matched === best.matched && total > best.total)) best = { matched, total };
      return;
    }
    visit(i + 1, matched, total);
    for (let j = 0; j < m; j++) {
      const s = scores[i * m + j]!;
      if (s === NOT_ALLOWED || left[j] === 0) continue;
      left[j]!--;
      visit(i + 1, matched + 1, total + s);
      left[j]!++;
    }
  };
  visit(0, 0, 0);
  return best;
}
