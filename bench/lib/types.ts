/**
 * The shape every benchmark of `npm run bench` reports (issue 13): one row per measured path, with
 * its floor measured in the same run, so the verdict is a ratio that does not depend on how fast
 * the machine is. bench/run.ts collects the rows of every module, prints the table and writes it
 * to bench/out/latest.json.
 */
export interface BenchRow {
  /** What was measured, e.g. "GET /api/users/me with a session, 20 clients". */
  path: string;
  /** The measured figure and its unit, e.g. 512 "req/s". */
  figure: number;
  /** The floor it is compared with, measured in the same run, in the same unit. */
  floor: number;
  unit: string;
  /** How the floor was measured, e.g. "GET /api/users/me without a session". */
  floorPath: string;
  /** Always figure ÷ floor; the target says which side is good (an absolute target ignores it). */
  ratio: number;
  /** The target as text, e.g. "≥ 0.75×" or "≤ 1.5×" (a ratio), or "< 1,000 ms" (an absolute limit). */
  target: string;
  pass: boolean;
  /** Anything a reader needs beside the figures (medians, sample counts, sizes). */
  notes?: string;
}

export interface BenchOptions {
  /** `--quick`: smaller data and shorter runs, the whole bench under two minutes. */
  quick: boolean;
  /** The fresh database of this run (scripts/with-db.ts --fresh). */
  databaseUrl: string;
  /** The production build of this run (`next build` with NEXT_DIST_DIR), made by bench/run.ts before any module runs (absent when a module runs alone). */
  distDir?: string;
}

/** A benchmark module: bench/<name>.ts exports `measure`. */
export type Measure = (options: BenchOptions) => Promise<BenchRow[]>;

/**
 * ratio = figure ÷ floor; `atLeast` targets pass when ratio ≥ limit, `atMost` when ratio ≤ limit.
 * `below` is an absolute limit in the row's unit, for a target an issue states as a number (e.g.
 * "renders in under a second"): it passes when figure < limit; the ratio is still shown.
 */
export function row(fields: Omit<BenchRow, "ratio" | "target" | "pass">, target: { atLeast: number } | { atMost: number } | { below: number }): BenchRow {
  const ratio = fields.floor === 0 ? Number.POSITIVE_INFINITY : fields.figure / fields.floor;
  if ("below" in target) return { ...fields, ratio, target: `< ${target.below.toLocaleString("en-US")} ${fields.unit}`, pass: fields.figure < target.below };
  if ("atLeast" in target) return { ...fields, ratio, target: `≥ ${target.atLeast}×`, pass: ratio >= target.atLeast };
  return { ...fields, ratio, target: `≤ ${target.atMost}×`, pass: ratio <= target.atMost };
}
