"""The reference for `npm run bench:matching` (issue 14): SciPy's linear_sum_assignment on the
seat-expanded matrix of the same instance, so the TypeScript solver's optimum and time can be
compared in the same run.

Usage: python3 bench/matching-scipy.py <scores.bin> <n> <m> <capacity,capacity,...>
scores.bin holds n*m int8 scores, row-major (-1 = not allowed). Prints one JSON line.

Seat expansion: mentor j becomes capacity[j] identical columns. Cost = 100 - score; a pair that
is not allowed costs K = 100 * min(n, seats) + 1, which plays the solver's "nobody" column: an
assigned pair of cost K is an unmatched mentee (or an empty seat when seats < mentees), and K is
large enough that the cheapest assignment matches the most mentees, then scores the most (the
proof is in lib/matching/cohort/solver.ts). linear_sum_assignment handles the rectangular case
itself (every row, or every column, is assigned).
"""
import json
import resource
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment


def main() -> None:
    path, n, m, capacity = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    cap = np.array([int(c) for c in capacity.split(",")] if capacity else [], dtype=np.int64)
    scores = np.fromfile(path, dtype=np.int8).reshape(n, m)

    build_wall, build_cpu = time.perf_counter(), time.process_time()
    seat_mentor = np.repeat(np.arange(m), cap)
    big = 100 * min(n, int(cap.sum())) + 1
    expanded = scores[:, seat_mentor]
    cost = (100 - expanded).astype(np.float64)
    cost[expanded < 0] = big
    build_wall, build_cpu = time.perf_counter() - build_wall, time.process_time() - build_cpu

    solve_wall, solve_cpu = time.perf_counter(), time.process_time()
    rows, cols = linear_sum_assignment(cost)
    solve_wall, solve_cpu = time.perf_counter() - solve_wall, time.process_time() - solve_cpu

    chosen = expanded[rows, cols]
    allowed = chosen >= 0
    print(json.dumps({
        "matched": int(allowed.sum()),
        "total": int(chosen[allowed].astype(np.int64).sum()),
        "seconds": solve_wall,
        "cpuSeconds": solve_cpu,
        "buildSeconds": build_wall,
        "maxRssMB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "scipy": __import__("scipy").__version__,
    }))


if __name__ == "__main__":
    main()
