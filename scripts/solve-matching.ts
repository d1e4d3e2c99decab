/**
 * `npm run solve-matching -- <in.json> <out.json>` (issue 14): the cohort solver from a shell, the
 * same code as the admin runs, on the format of API.md ("Cohort matching"), so anyone can check it
 * against another solver on the same matrix. No database.
 *
 * Exit codes: 0 solved; 2 bad usage or an invalid instance (the message names the first problem).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { cohortResultJson, InvalidInstanceError, parseCohortInstance } from "../lib/matching/cohort/instance-json";
import { solveCohort } from "../lib/matching/cohort/solver";

function fail(message: string): never {
  console.error(`solve-matching: ${message}`);
  process.exit(2);
}

const [input, output, ...rest] = process.argv.slice(2);
if (!input || !output || rest.length > 0) fail("usage: npm run solve-matching -- <in.json> <out.json>");

let text: string;
try {
  text = readFileSync(input, "utf8");
} catch (error) {
  fail(`cannot read ${input}: ${error instanceof Error ? error.message : String(error)}`);
}
let json: unknown;
try {
  json = JSON.parse(text);
} catch (error) {
  fail(`${input} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
}
let problem;
try {
  problem = parseCohortInstance(json);
} catch (error) {
  if (error instanceof InvalidInstanceError) fail(`${input}: ${error.message}`);
  throw error;
}

const started = performance.now();
const result = solveCohort(problem);
const seconds = (performance.now() - started) / 1000;
writeFileSync(output, JSON.stringify(cohortResultJson(result, seconds)) + "\n");
console.info(`[solve-matching] ${problem.mentees} mentees × ${problem.mentors} mentors: ${result.matched} matched, total score ${result.total}, ${seconds.toFixed(3)} s → ${output}`);
