/** The solver's file format (API.md, "Cohort matching"): what the CLI accepts, refuses and writes. */
import { describe, expect, it } from "vitest";
import { cohortInstanceJson, cohortResultJson, InvalidInstanceError, parseCohortInstance } from "./instance-json";

describe("parseCohortInstance", () => {
  it("turns {capacity, scores} into the solver's typed arrays, row-major", () => {
    const problem = parseCohortInstance({ capacity: [1, 0, 3], scores: [[0, 100, -1], [5, 6, 7]] });
    expect(problem).toMatchObject({ mentees: 2, mentors: 3 });
    expect(Array.from(problem.capacity)).toEqual([1, 0, 3]);
    expect(Array.from(problem.scores)).toEqual([0, 100, -1, 5, 6, 7]);
    expect(cohortInstanceJson(problem)).toEqual({ capacity: [1, 0, 3], scores: [[0, 100, -1], [5, 6, 7]] });
  });

  it.each([
    ["not an object", [1, 2], /expected an object/],
    ["no capacity", { scores: [] }, /capacity must be an array/],
    ["no scores", { capacity: [1] }, /scores must be an array/],
    ["a negative capacity", { capacity: [2, -1], scores: [] }, /capacity\[1\] must be an integer ≥ 0, got -1/],
    ["a fractional capacity", { capacity: [1.5], scores: [] }, /capacity\[0\] must be an integer/],
    ["a row of the wrong length", { capacity: [1, 1], scores: [[1, 2], [3]] }, /scores\[1\] must be an array of 2 scores/],
    ["a score above 100", { capacity: [1], scores: [[101]] }, /scores\[0\]\[0\] must be an integer from 0 to 100, or -1 \(not allowed\), got 101/],
    ["a score below -1", { capacity: [1, 1], scores: [[3, -2]] }, /scores\[0\]\[1\] .* got -2/],
    ["a score that is a string", { capacity: [1], scores: [["7"]] }, /scores\[0\]\[0\] .* got "7"/],
  ])("refuses %s, naming the entry", (_, value, message) => {
    expect(() => parseCohortInstance(value)).toThrow(InvalidInstanceError);
    expect(() => parseCohortInstance(value)).toThrow(message);
  });
});

describe("cohortResultJson", () => {
  it("lists the matched pairs [mentee, mentor] by mentee, leaving out the unmatched", () => {
    expect(cohortResultJson({ assignment: Int32Array.of(2, -1, 0), matched: 2, total: 70 }, 0.5)).toEqual({
      assignment: [[0, 2], [2, 0]],
      matched: 2,
      total: 70,
      seconds: 0.5,
    });
  });
});
