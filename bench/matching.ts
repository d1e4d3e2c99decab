/**
 * `npm run bench:matching -- --mentees 10000 --mentors 2000 --capacity 5 --seed 7` (issue 14):
 * generates a synthetic cohort, scores every pair with the app's own scoring
 * (lib/matching/score.ts), solves it with the cohort solver, and prints the time of scoring and
 * of solving separately (wall and CPU: the machine is shared, so CPU seconds are the comparable
 * figure) and the peak memory. Writes the result in the CLI format of API.md to
 * bench/out/matching-<n>x<m>x<c>-seed<s>.out.json, and the instance (…in.json) when n·m ≤ 1,000,000,
 * so `npm run solve-matching` or any other solver can be run on the same matrix.
 *
 * When python3 with SciPy is installed, the same instance is also solved by SciPy's
 * linear_sum_assignment on the seat-expanded matrix (bench/matching-scipy.py) in this run; the
 * bench prints both times and whether the optima (matched, total) agree — a disagreement exits 1.
 * Without SciPy it says so and skips the comparison. `--no-scipy` skips it on purpose.
 *
 * ## The synthetic cohort (seeded, so `--seed` reproduces it)
 * Each profile is drawn independently; mentees and mentors from the same distribution except year.
 * - Majors: one of 20 UCLA majors with Zipf weights (the k-th most popular has weight 1/k, so
 *   Biology, Computer Science, Psychology, Economics … dominate); 12 % add a second major.
 * - Minors: 35 % have one of 10 minors, uniformly.
 * - Year: mentees 0 (incoming) 35 %, 1: 30 %, 2: 20 %, 3: 15 %; mentors 2: 30 %, 3: 35 %,
 *   4: 30 %, 5: 5 % (the score gives 10 when the mentor is further along).
 * - Background, each independently: first-generation 30 %, transfer 15 %, international 12 %,
 *   commuter 20 %, out-of-state 18 %.
 * - Clubs: 0–3 (25 / 35 / 25 / 15 %) distinct of 24 clubs with Zipf weights, written
 *   "ACM, Daily Bruin"; hobbies: 1–3 (40 / 40 / 20 %) distinct of 20, written "chess; hiking".
 * - Blocked pairs: each mentee has blocked each mentor with probability 1/2,000 (one mentor per
 *   mentee on average at 2,000 mentors): score −1.
 * - Capacity: `--capacity` seats for every mentor.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { cohortInstanceJson, cohortResultJson } from "../lib/matching/cohort/instance-json";
import { NOT_ALLOWED, solveCohort } from "../lib/matching/cohort/solver";
import { matrixScorer, type Profile } from "../lib/matching/score";
import { seededRandom } from "../lib/matching/cohort/seeded-random";

const MAJORS = [
  "Biology", "Computer Science", "Psychology", "Economics", "Political Science", "Business Economics", "Mathematics",
  "Psychobiology", "Sociology", "Communication", "Neuroscience", "Mechanical Engineering", "Electrical Engineering",
  "History", "English", "Physics", "Chemistry", "Statistics", "Linguistics", "Art History",
];
const MINORS = ["Statistics", "Film", "Spanish", "Education", "Data Science", "Music", "Public Health", "Entrepreneurship", "Asian American Studies", "Philosophy"];
const CLUBS = [
  "ACM", "Daily Bruin", "Bruin Racing", "SACNAS", "Dance Marathon", "Model UN", "UCLA Radio", "Hack on the Hill", "Engineers Without Borders",
  "Pre-Med Society", "Bruin Consulting", "Club Soccer", "Climbing Club", "Chess Club", "Film Society", "Society of Women Engineers",
  "First-Gen Bruins", "Transfer Student Alliance", "Vietnamese Student Union", "Hillel", "Muslim Student Association", "Marching Band",
  "Theater Group", "Debate Team",
];
const HOBBIES = [
  "hiking", "chess", "guitar", "running", "cooking", "photography", "basketball", "painting", "video games", "baking",
  "climbing", "reading", "surfing", "yoga", "piano", "anime", "soccer", "writing", "gardening", "board games",
];
const BACKGROUND = { firstgen: 0.3, transfer: 0.15, international: 0.12, commuter: 0.2, outofstate: 0.18 } as const;
const MENTEE_YEARS = [[0, 0.35], [1, 0.3], [2, 0.2], [3, 0.15]] as const;
const MENTOR_YEARS = [[2, 0.3], [3, 0.35], [4, 0.3], [5, 0.05]] as const;
const BLOCKED = 1 / 2_000;
const INSTANCE_LIMIT = 1_000_000;

function profiles(count: number, years: readonly (readonly [number, number])[], next: () => number): Profile[] {
  const zipf = (length: number) => {
    const weights = Array.from({ length }, (_, k) => 1 / (k + 1));
    const sum = weights.reduce((a, b) => a + b, 0);
    return () => {
      let x = next() * sum;
      for (let k = 0; k < length; k++) if ((x -= weights[k]!) < 0) return k;
      return length - 1;
    };
  };
  const major = zipf(MAJORS.length);
  const club = zipf(CLUBS.length);
  const weighted = (table: readonly (readonly [number, number])[]) => {
    let x = next();
    for (const [value, p] of table) if ((x -= p) < 0) return value;
    return table[table.length - 1]![0];
  };
  const distinct = (howMany: number, draw: () => string) => {
    const picked = new Set<string>();
    while (picked.size < howMany) picked.add(draw());
    return [...picked];
  };
  return Array.from({ length: count }, () => {
    const majors = distinct(next() < 0.12 ? 2 : 1, () => MAJORS[major()]!);
    const minors = next() < 0.35 ? [MINORS[Math.floor(next() * MINORS.length)]!] : [];
    const clubs = distinct(weighted([[0, 0.25], [1, 0.35], [2, 0.25], [3, 0.15]]), () => CLUBS[club()]!);
    const hobbies = distinct(weighted([[1, 0.4], [2, 0.4], [3, 0.2]]), () => HOBBIES[Math.floor(next() * HOBBIES.length)]!);
    return {
      year: weighted(years),
      major: majors,
      minor: minors,
      clubs: clubs.join(", "),
      hobbies: hobbies.join("; "),
      firstgen: next() < BACKGROUND.firstgen,
      transfer: next() < BACKGROUND.transfer,
      international: next() < BACKGROUND.international,
      commuter: next() < BACKGROUND.commuter,
      outofstate: next() < BACKGROUND.outofstate,
    };
  });
}

const { values } = parseArgs({
  options: {
    mentees: { type: "string", default: "10000" },
    mentors: { type: "string", default: "2000" },
    capacity: { type: "string", default: "5" },
    seed: { type: "string", default: "7" },
    "no-scipy": { type: "boolean", default: false },
  },
});
const number = (name: "mentees" | "mentors" | "capacity" | "seed") => {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`bench:matching: --${name} must be an integer ≥ 0`);
    process.exit(2);
  }
  return value;
};
const n = number("mentees");
const m = number("mentors");
const seatsEach = number("capacity");
const seed = number("seed");
const name = `matching-${n}x${m}x${seatsEach}-seed${seed}`;
const outDir = path.resolve("bench/out");
mkdirSync(outDir, { recursive: true });

const clock = () => ({ wall: performance.now(), cpu: process.cpuUsage() });
const since = (start: ReturnType<typeof clock>) => {
  const cpu = process.cpuUsage(start.cpu);
  return { wall: (performance.now() - start.wall) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
};
const fmt = ({ wall, cpu }: { wall: number; cpu: number }) => `${wall.toFixed(3)} s wall, ${cpu.toFixed(3)} s CPU`;

const next = seededRandom(seed);
const mentees = profiles(n, MENTEE_YEARS, next);
const mentors = profiles(m, MENTOR_YEARS, next);

const scoring = clock();
const scores = new Int8Array(n * m);
let blocked = 0;
const scoreRow = matrixScorer(mentors);
for (let i = 0; i < n; i++) scoreRow(mentees[i]!, scores, i * m);
for (let k = 0; k < scores.length; k++) {
  if (next() < BLOCKED) {
    scores[k] = NOT_ALLOWED;
    blocked++;
  }
}
const scored = since(scoring);
const capacity = new Int32Array(m).fill(seatsEach);
const problem = { mentees: n, mentors: m, scores, capacity };

const solving = clock();
const result = solveCohort(problem);
const solved = since(solving);
const peakMB = process.resourceUsage().maxRSS / 1024;

console.log(`bench:matching ${n} mentees × ${m} mentors × ${seatsEach} seats (seed ${seed}; ${blocked} blocked pairs; Node ${process.versions.node})`);
console.log(`  scoring (lib/matching/score.ts, ${(n * m).toLocaleString("en-US")} pairs): ${fmt(scored)}`);
console.log(`  solving (lib/matching/cohort/solver.ts):   ${fmt(solved)}`);
console.log(`  optimum: ${result.matched} matched, total score ${result.total}`);
console.log(`  peak memory (max RSS): ${peakMB.toFixed(0)} MB; heap used now ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);

writeFileSync(path.join(outDir, `${name}.out.json`), JSON.stringify(cohortResultJson(result, solved.wall)) + "\n");
if (n * m <= INSTANCE_LIMIT) {
  writeFileSync(path.join(outDir, `${name}.in.json`), JSON.stringify(cohortInstanceJson(problem)) + "\n");
  console.log(`  wrote bench/out/${name}.in.json and .out.json (npm run solve-matching -- bench/out/${name}.in.json <out.json>)`);
} else {
  console.log(`  wrote bench/out/${name}.out.json (the instance is only written when n·m ≤ ${INSTANCE_LIMIT.toLocaleString("en-US")})`);
}

if (values["no-scipy"]) {
  console.log("  SciPy: skipped (--no-scipy)");
} else {
  let scipyPresent = true;
  try {
    execFileSync("python3", ["-c", "import scipy.optimize, numpy"], { stdio: "ignore" });
  } catch {
    scipyPresent = false;
  }
  if (!scipyPresent) {
    console.log("  SciPy: skipped (python3 with scipy is not installed; Debian: apt-get install -y python3-scipy)");
  } else {
    const matrix = path.join(outDir, `${name}.scores.bin`);
    writeFileSync(matrix, scores);
    try {
      const reference = JSON.parse(
        execFileSync("python3", [path.resolve("bench/matching-scipy.py"), matrix, String(n), String(m), Array.from(capacity).join(",")], {
          encoding: "utf8",
          maxBuffer: 1 << 20,
        }),
      ) as { matched: number; total: number; seconds: number; cpuSeconds: number; buildSeconds: number; maxRssMB: number; scipy: string };
      const agree = reference.matched === result.matched && reference.total === result.total;
      console.log(
        `  SciPy ${reference.scipy} linear_sum_assignment, seat-expanded ${n} × ${m * seatsEach}: ${fmt({ wall: reference.seconds, cpu: reference.cpuSeconds })} ` +
          `(+ ${reference.buildSeconds.toFixed(2)} s to build the matrix), peak ${reference.maxRssMB.toFixed(0)} MB; ` +
          `optimum ${reference.matched} matched, total ${reference.total}`,
      );
      console.log(`  same optimum: ${agree ? "yes" : "NO"}; solver/SciPy CPU time: ${(solved.cpu / reference.cpuSeconds).toFixed(2)}×, wall: ${(solved.wall / reference.seconds).toFixed(2)}×`);
      if (!agree) process.exitCode = 1;
    } finally {
      rmSync(matrix, { force: true });
    }
  }
}
