/**
 * `npm run solve-matching -- <in.json> <out.json>` (issue 14) as a user runs it: a real process on
 * real files in API.md's format. No database.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const folder = mkdtempSync(path.join(tmpdir(), "solve-matching-"));
const script = path.resolve("scripts/solve-matching.ts");

async function solveMatching(instance: unknown): Promise<{ code: number; stderr: string; out?: unknown }> {
  const input = path.join(folder, `in-${Math.random().toString(36).slice(2)}.json`);
  const output = `${input}.out`;
  writeFileSync(input, typeof instance === "string" ? instance : JSON.stringify(instance));
  try {
    await run(process.execPath, ["--import", "tsx", script, input, output]);
    return { code: 0, stderr: "", out: JSON.parse(readFileSync(output, "utf8")) };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

describe("npm run solve-matching", () => {
  it.concurrent("writes the optimal assignment as {assignment: [[i, j]], matched, total, seconds}", async () => {
    // Mentor 0 has one seat, mentor 1 two; mentee 2 is allowed nobody. Matching mentees 0 and 1
    // (10 + 5) beats giving mentor 0 to mentee 1 alone (90): the most mentees first.
    const result = await solveMatching({ capacity: [1, 2], scores: [[10, -1], [90, 5], [-1, -1]] });
    expect(result.code).toBe(0);
    expect(result.out).toEqual({ assignment: [[0, 0], [1, 1]], matched: 2, total: 15, seconds: expect.any(Number) });
  });

  it.concurrent("refuses an invalid instance with exit code 2 and a message naming the entry", async () => {
    const result = await solveMatching({ capacity: [1], scores: [[101]] });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/scores\[0\]\[0\] must be an integer from 0 to 100, or -1/);
  });
});
