/**
 * Row 4 of issue 13: mentor suggestions for one mentee among N mentors, first call.
 *
 * Data (`INSERT … SELECT generate_series` into the bench's database): N verified mentors with
 * varied profiles (majors, minors, clubs, hobbies, backgrounds, years), 5·N mentees (UCLA's ratio),
 * enough of them matched that a quarter of the mentors have a full roster, and the measured mentee,
 * who has blocked 10 mentors. Nothing is cached or stored between calls: scores are computed from the
 * profiles on every call.
 *
 * Figure: the first `suggestMentors` call of a fresh process (its pool connected first); floor: one
 * indexed SELECT of the N mentors' profile columns (what scoring reads) through the same client, also
 * the first call of a fresh process. Each is the median of 3 processes (2 with --quick), alternating
 * which side goes first; later calls in a warm process are reported in the notes. Target ≤ 3×.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { prisma } from "../lib/db";
import { suggestMentors } from "../lib/matching/suggest-mentors";
import { row, type BenchOptions, type BenchRow } from "./lib/types";

const FULL = 2_000;
const QUICK = 500;
/** Fresh processes per side (each costs a Node + Prisma start-up). */
const ROUNDS = { full: 3, quick: 2 };
const WARM_RUNS = 5;

const MAJORS = ["Computer Science", "Biology", "Economics", "Psychology", "History", "Physics", "Political Science", "Mathematics", "Sociology", "Chemistry", "English", "Neuroscience"];
const MINORS = ["Statistics", "Film", "Spanish", "Education", "Data Science", "Music"];
const CLUBS = ["ACM", "SACNAS, Bruin Racing", "Daily Bruin", "UCLA Radio; ACM", "Dance Marathon", "Hack on the Hill / Bruin Racing", "Model UN"];
const HOBBIES = ["chess, hiking", "guitar", "running; cooking", "photography", "basketball, chess", "painting", "video games, hiking", "baking", "climbing"];

const sqlArray = (values: string[]) => `ARRAY[${values.map((value) => `'${value.replace(/'/g, "''")}'`).join(", ")}]`;
const pick = (values: string[], index: string) => `(${sqlArray(values)})[1 + (${index}) % ${values.length}]`;

function fill(count: number, tag: string): string[] {
  const full = Math.max(1, Math.floor(count / 4));
  const mentorId = (index: string) => `md5('${tag}-mentor-' || (${index}))::uuid`;
  return [
    `INSERT INTO "users" ("userID", "email", "password", "role", "isVerified", "firstName", "lastName", "year", "major", "minor", "clubs", "hobbies",
                          "firstgen", "transfer", "international", "commuter", "outofstate", "goals")
     SELECT ${mentorId("i")}, '${tag}-mentor-' || i || '@ucla.edu', 'not-a-hash', 'MENTOR', true, 'Mentor' || i, 'Bench', 1 + i % 5,
            ARRAY[${pick(MAJORS, "i")}] || CASE WHEN i % 4 = 0 THEN ARRAY[${pick(MAJORS, "i / 4")}] ELSE '{}'::text[] END,
            CASE WHEN i % 3 = 0 THEN ARRAY[${pick(MINORS, "i")}] ELSE '{}'::text[] END,
            ${pick(CLUBS, "i")}, ${pick(HOBBIES, "i * 7")},
            i % 3 = 0, i % 7 = 0, i % 11 = 0, i % 5 = 0, i % 4 = 1, 'Happy to help new Bruins find their way.'
     FROM generate_series(1, ${count}) AS i`,
    // Five mentees per mentor (UCLA's 10,000 for 2,000); three to each of the first quarter of the mentors: full rosters.
    `INSERT INTO "users" ("userID", "email", "password", "role", "isVerified", "year", "major", "clubs", "hobbies", "firstgen", "isMatched", "matchedMentorId", "matchedAt")
     SELECT md5('${tag}-mentee-' || j)::uuid, '${tag}-mentee-' || j || '@ucla.edu', 'not-a-hash', 'MENTEE', true, j % 3, ARRAY[${pick(MAJORS, "j")}],
            ${pick(CLUBS, "j")}, ${pick(HOBBIES, "j")}, j % 2 = 0, j <= ${full * 3},
            CASE WHEN j <= ${full * 3} THEN ${mentorId(`1 + (j - 1) % ${full}`)} END, CASE WHEN j <= ${full * 3} THEN now() END
     FROM generate_series(1, ${count * 5}) AS j`,
    `VACUUM ANALYZE "users"`,
  ];
}

const FLOOR_SQL = `
  SELECT "userID", "firstName", "year", "major", "minor", "clubs", "hobbies", "firstgen", "transfer", "international", "commuter", "outofstate"
  FROM "users" WHERE "role" = 'MENTOR' AND "isVerified" AND NOT "isDeleted" AND "isActive"`;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

type Kind = "suggestions" | "floor";

/**
 * One first call in a fresh process: the child connects its pool (`SELECT 1`), then times the one
 * call, so Prisma's first planning of the queries and V8's first compilation of the scoring count,
 * as they do after a deploy — on both sides alike.
 */
async function firstCallInChild(kind: Kind, menteeId: string, databaseUrl: string): Promise<{ ms: number; rows: number }> {
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), CHILD_FLAG, kind, menteeId], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  const line = output.trim().split("\n").pop() ?? "";
  if (code !== 0 || !line.startsWith("{")) throw new Error(`the ${kind} child exited with ${code}: ${output.slice(-500)}`);
  return JSON.parse(line) as { ms: number; rows: number };
}

async function child(kind: Kind, menteeId: string): Promise<void> {
  await prisma.$queryRaw`SELECT 1`;
  let rows = 0;
  const ms = await timed(async () => {
    rows = kind === "floor" ? (await prisma.$queryRawUnsafe<unknown[]>(FLOOR_SQL)).length : (await suggestMentors({ menteeId })).length;
  });
  console.log(JSON.stringify({ ms, rows }));
}

export async function measure({ quick, databaseUrl }: BenchOptions): Promise<BenchRow[]> {
  const count = quick ? QUICK : FULL;
  const tag = `bench-suggest-${Date.now().toString(36)}`;
  for (const statement of fill(count, tag)) await prisma.$executeRawUnsafe(statement);
  const mentee = await prisma.user.create({
    data: { email: `${tag}-me@ucla.edu`, password: "not-a-hash", isVerified: true, year: 1, major: ["Biology"], minor: ["Statistics"], clubs: "SACNAS", hobbies: "hiking, chess", firstgen: true },
  });
  const blocked = await prisma.user.findMany({ where: { email: { startsWith: `${tag}-mentor-` } }, select: { id: true }, take: 10, orderBy: { email: "desc" } });
  await prisma.blacklistEntry.createMany({ data: blocked.map((mentor) => ({ menteeId: mentee.id, mentorId: mentor.id })) });

  const first: Record<Kind, number[]> = { suggestions: [], floor: [] };
  let floorRows = 0;
  const rounds = quick ? ROUNDS.quick : ROUNDS.full;
  for (let round = 0; round < rounds; round++) {
    for (const kind of (round % 2 === 0 ? ["floor", "suggestions"] : ["suggestions", "floor"]) as Kind[]) {
      const { ms, rows } = await firstCallInChild(kind, mentee.id, databaseUrl);
      if (kind === "suggestions" && rows !== 50) throw new Error(`expected 50 suggestions, got ${rows}`);
      if (kind === "floor") floorRows = rows;
      first[kind].push(ms);
    }
  }
  // In this (warm) process: later calls of both.
  const warm: Record<Kind, number[]> = { suggestions: [], floor: [] };
  for (let i = 0; i < WARM_RUNS; i++) {
    warm.suggestions.push(await timed(() => suggestMentors({ menteeId: mentee.id })));
    warm.floor.push(await timed(() => prisma.$queryRawUnsafe(FLOOR_SQL)));
  }
  const [plan] = await prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${FLOOR_SQL}`);
  const ms = (values: number[]) => values.map((value) => value.toFixed(0)).join(", ");

  return [
    row(
      {
        path: `Suggestions for one mentee among ${count.toLocaleString("en-US")} mentors, first call`,
        figure: median(first.suggestions),
        floor: median(first.floor),
        unit: "ms",
        floorPath: `one indexed SELECT of the ${count.toLocaleString("en-US")} mentors' profile columns (${floorRows} rows), also a first call in a fresh process`,
        notes:
          `median of ${rounds} fresh processes each (suggestions ${ms(first.suggestions)} ms; floor ${ms(first.floor)} ms); ` +
          `later calls in a warm process: suggestions ${median(warm.suggestions).toFixed(1)} ms, floor ${median(warm.floor).toFixed(1)} ms (medians of ${WARM_RUNS}); ` +
          `floor plan: ${plan?.["QUERY PLAN"] ?? "?"}`,
      },
      { atMost: 3 },
    ),
  ];
}

const CHILD_FLAG = "--first-call";
if (process.argv[2] === CHILD_FLAG && process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await child(process.argv[3] as Kind, process.argv[4] ?? "");
  await prisma.$disconnect();
}
