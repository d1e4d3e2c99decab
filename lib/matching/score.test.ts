import { describe, expect, it } from "vitest";
import { seededRandom } from "./cohort/seeded-random";
import { compatibility, matrixScorer, scorerFor, tokens, type Profile } from "./score";

const blank: Profile = { year: null, major: [], minor: [], clubs: "", hobbies: "", firstgen: false, transfer: false, international: false, commuter: false, outofstate: false };
const p = (over: Partial<Profile>): Profile => ({ ...blank, ...over });

describe("compatibility", () => {
  it("is 0 with no reasons when nothing is shared", () => {
    expect(compatibility(p({ major: ["History"], year: 3 }), p({ major: ["Physics"], year: 2 }))).toEqual({ score: 0, reasons: [] });
  });

  it("counts a shared major, case-insensitively, in the mentee's spelling", () => {
    expect(compatibility(p({ major: ["computer science"] }), p({ major: ["Computer  Science"] }))).toEqual({ score: 30, reasons: ["Both study computer science"] });
  });

  it("counts a mentee's major that is the mentor's minor as studied by both", () => {
    expect(compatibility(p({ major: ["Statistics"] }), p({ major: ["Economics"], minor: ["Statistics"] })).score).toBe(30);
  });

  it("gives a second shared major less, within the cap", () => {
    const both = compatibility(p({ major: ["Math", "Economics", "Physics"] }), p({ major: ["Math", "Economics", "Physics"] }));
    expect(both.score).toBe(35);
    expect(both.reasons).toEqual(["Both study Math", "Both study Economics", "Both study Physics"]);
  });

  it("weighs shared background heavily and caps it at 30", () => {
    expect(compatibility(p({ firstgen: true }), p({ firstgen: true }))).toEqual({ score: 15, reasons: ["Both first-generation students"] });
    const all = { firstgen: true, transfer: true, international: true, commuter: true, outofstate: true };
    expect(compatibility(p(all), p(all)).score).toBe(30);
    expect(compatibility(p({ firstgen: true }), p({ transfer: true })).score).toBe(0);
  });

  it("matches clubs and hobbies as normalised tokens", () => {
    expect(tokens("ACM; Women in  Computing,\nchess ")).toEqual(new Map([["acm", "ACM"], ["women in computing", "Women in Computing"], ["chess", "chess"]]));
    const result = compatibility(p({ clubs: "acm, Bruin Racing", hobbies: "Hiking / chess" }), p({ clubs: "ACM", hobbies: "chess, surfing, hiking" }));
    expect(result.score).toBe(20);
    expect(result.reasons).toEqual(["Both in ACM", "Both enjoy chess", "Both enjoy hiking"]);
  });

  it("rewards a mentor who is further along, not one who is behind", () => {
    expect(compatibility(p({ year: 1 }), p({ year: 4 }))).toEqual({ score: 10, reasons: ["3 years further along at UCLA"] });
    expect(compatibility(p({ year: 3 }), p({ year: 4 })).reasons).toEqual(["1 year further along at UCLA"]);
    expect(compatibility(p({ year: 3 }), p({ year: 3 })).score).toBe(0);
    expect(compatibility(p({ year: null }), p({ year: 4 })).score).toBe(0);
  });

  it("ranks a same-year mentor lower: a 10-point penalty without a reason, never below 0", () => {
    const mentee = p({ year: 2, major: ["Physics"], firstgen: true });
    expect(compatibility(mentee, p({ year: 2, major: ["Physics"], firstgen: true }))).toEqual({ score: 35, reasons: ["Both study Physics", "Both first-generation students"] });
    expect(compatibility(mentee, p({ year: 3, major: ["Physics"], firstgen: true })).score).toBe(55);
    expect(compatibility(p({ year: 2, hobbies: "chess" }), p({ year: 2, hobbies: "chess" }))).toEqual({ score: 0, reasons: ["Both enjoy chess"] });
    // Unknown years: no penalty.
    expect(compatibility(p({ year: null, major: ["Physics"] }), p({ year: 2, major: ["Physics"] })).score).toBe(30);
  });

  it("never exceeds 100 and lists the strongest reasons first", () => {
    const everything = p({ year: 0, major: ["CS", "Math"], minor: ["Music"], clubs: "ACM, UPE", hobbies: "chess, go", firstgen: true, transfer: true, commuter: true });
    const mentor = p({ year: 4, major: ["CS", "Math"], minor: ["Music"], clubs: "ACM, UPE", hobbies: "chess, go", firstgen: true, transfer: true, commuter: true });
    const result = compatibility(everything, mentor);
    expect(result.score).toBe(100);
    expect(result.reasons[0]).toBe("Both study CS");
    expect(result.reasons.slice(1, 3)).toEqual(["Both first-generation students", "Both transfer students"]);
  });

  it("ranks a mentor with the same major and background above one with only a hobby", () => {
    const mentee = p({ year: 1, major: ["Biology"], hobbies: "running", firstgen: true });
    const close = compatibility(mentee, p({ year: 3, major: ["Biology"], firstgen: true }));
    const far = compatibility(mentee, p({ year: 3, major: ["History"], hobbies: "running" }));
    expect(close.score).toBe(55);
    expect(far.score).toBe(15);
  });

  it("a scorer prepared once for a mentee scores every mentor exactly as compatibility does", () => {
    const mentee = p({ year: 1, major: ["Biology", "math"], minor: ["Music"], clubs: "ACM; SACNAS", hobbies: "chess, Hiking", firstgen: true, commuter: true });
    const mentors = [
      p({}),
      p({ year: 4, major: ["Math"], minor: ["biology"], clubs: "sacnas", hobbies: "hiking", firstgen: true }),
      p({ year: 0, major: ["History"], minor: ["Music"], clubs: "ACM, UPE", hobbies: "go", commuter: true, transfer: true }),
    ];
    const scoreOf = scorerFor(mentee);
    for (const mentor of mentors) expect(scoreOf(mentor)).toEqual(compatibility(mentee, mentor));
    expect(scoreOf(mentors[1]!)).toEqual({ score: 75, reasons: ["Both study Biology", "Both first-generation students", "Both in sacnas", "3 years further along at UCLA", "Both study math", "Both enjoy hiking"] });
  });

  it("the cohort's matrix scorer gives exactly compatibility's score on thousands of random pairs", () => {
    const next = seededRandom(11);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    // Small vocabularies with spelling variants, duplicates, blanks and non-ASCII so that pairs share a lot.
    const programs = ["Biology", "biology ", "Computer  Science", "computer science", "Math", "Economics", "Psychology", " ", "Études Françaises"];
    const items = ["ACM", "acm", "Daily Bruin", "daily  bruin", "chess", "Hiking", "hiking", "Café Club", "UPE", ""];
    const list = () => Array.from({ length: Math.floor(next() * 4) }, () => pick(programs));
    const text = () => Array.from({ length: Math.floor(next() * 5) }, () => pick(items)).join(pick([", ", "; ", " / ", "\n"]));
    const profile = (): Profile => ({
      year: next() < 0.15 ? null : Math.floor(next() * 6),
      major: list(), minor: list(), clubs: text(), hobbies: text(),
      firstgen: next() < 0.5, transfer: next() < 0.5, international: next() < 0.5, commuter: next() < 0.5, outofstate: next() < 0.5,
    });
    const mentees = Array.from({ length: 120 }, profile);
    const mentors = Array.from({ length: 60 }, profile);
    const row = new Int8Array(mentors.length);
    const scoreRow = matrixScorer(mentors);
    const seen = new Set<number>();
    for (const mentee of mentees) {
      scoreRow(mentee, row, 0);
      mentors.forEach((mentor, j) => {
        expect(row[j], JSON.stringify({ mentee, mentor })).toBe(compatibility(mentee, mentor).score);
        seen.add(row[j]!);
      });
    }
    // The instances reach the caps and the clamps, not only small scores.
    expect(Math.max(...seen)).toBeGreaterThanOrEqual(90);
    expect(seen.has(0)).toBe(true);
  });
});
