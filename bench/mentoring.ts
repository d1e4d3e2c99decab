/**
 * `npm run bench`: measures the two mentoring paths that grow with the program, on a fresh
 * embedded PostgreSQL (or DATABASE_URL's server):
 * - suggestions for a mentee among N mentors (first call computes and stores the scores, later
 *   calls read them);
 * - a burst of parallel accepts on one mentor (row locks serialise them).
 * Prints medians; it asserts nothing (the rules are tested in lib/**).
 */
import { performance } from "node:perf_hooks";
import { prisma } from "../lib/db";
import { getEnv } from "../lib/env";
import { acceptRequest, sendRequest } from "../lib/matching/requests";
import { suggestMentors } from "../lib/matching/suggest-mentors";
import { hashPassword } from "../lib/users/password";

const MENTORS = Number(process.env.BENCH_MENTORS ?? 300);
const BURST = Number(process.env.BENCH_BURST ?? 50);
const majors = ["Computer Science", "Biology", "Economics", "Psychology", "History", "Physics"];
const clubs = ["ACM", "SACNAS", "Bruin Racing", "Daily Bruin", "UCLA Radio"];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
async function time(work: () => Promise<unknown>) {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const password = await hashPassword("benchmark password", 4);
const run = Date.now().toString(36);
await prisma.user.createMany({
  data: Array.from({ length: MENTORS }, (_, i) => ({
    email: `bench-mentor-${run}-${i}@ucla.edu`, password, role: "MENTOR" as const, isVerified: true, firstName: `Mentor${i}`,
    year: 2 + (i % 4), major: [majors[i % majors.length] as string], clubs: clubs[i % clubs.length] as string, firstgen: i % 3 === 0,
  })),
});
const mentee = await prisma.user.create({
  data: { email: `bench-mentee-${run}@ucla.edu`, password, isVerified: true, year: 1, major: ["Biology"], clubs: "SACNAS", firstgen: true },
});

const first = await time(() => suggestMentors({ menteeId: mentee.id }));
const warm: number[] = [];
for (let i = 0; i < 10; i++) warm.push(await time(() => suggestMentors({ menteeId: mentee.id })));
console.log(`suggestions among ${MENTORS} mentors: first call ${first.toFixed(0)} ms (scores computed), then median ${median(warm).toFixed(1)} ms`);

const mentor = await prisma.user.findFirstOrThrow({ where: { email: `bench-mentor-${run}-0@ucla.edu` } });
const mentees = await Promise.all(
  Array.from({ length: BURST }, (_, i) => prisma.user.create({ data: { email: `bench-burst-${run}-${i}@ucla.edu`, password, isVerified: true } })),
);
const requests = [];
for (const m of mentees) requests.push(await sendRequest({ menteeId: m.id, input: { mentor_email: mentor.email } }));
const start = performance.now();
const results = await Promise.allSettled(requests.map((r) => acceptRequest({ mentorId: mentor.id, requestId: r.id })));
const elapsed = performance.now() - start;
const accepted = results.filter((r) => r.status === "fulfilled").length;
console.log(`${BURST} parallel accepts (capacity ${getEnv().MAX_MENTEES}): ${accepted} accepted, ${BURST - accepted} refused, ${elapsed.toFixed(0)} ms in all`);
await prisma.$disconnect();
