/**
 * Compatibility of a mentee and a mentor, 0–100, with the reasons a person can read. Pure.
 *
 * The weights live here and only here. Each category has a cap so no single one dominates; the
 * caps add up to more than 100 and the total is clamped, so a pair that shares a lot in several
 * ways reaches 100.
 *
 * | what the pair shares                          | points              | cap |
 * |-----------------------------------------------|---------------------|-----|
 * | a major (either one's major or minor lists)   | 30 first, +5 more   | 35  |
 * | a minor                                       | 10 each             | 10  |
 * | background: first-generation, transfer        | 15 each             | 30  |
 * | background: international                     | 12                  |     |
 * | background: commuter, out-of-state            | 8 each              |     |
 * | a club                                        | 10 each             | 20  |
 * | a hobby                                       | 5 each              | 10  |
 * | the mentor is further along (higher year)     | 10                  | 10  |
 * | the mentor is in the same year as the mentee  | −10 (penalty)       |     |
 *
 * The total is clamped to 0–100, so the same-year penalty ranks a same-year mentor below an
 * otherwise equal mentor who is further along, and never makes a score negative. It gives no
 * reason (reasons say what the pair shares). A mentor in an earlier year than the mentee is not
 * scored lower but not suggested at all (lib/matching/suggest-mentors.ts); neither rule applies
 * while either year is unknown.
 *
 * Majors and minors are canonicalised on save (lib/users/ucla-programs.ts: "CS" and "computer
 * science" are both stored as "Computer Science"), so the same program scores as the same program.
 * Clubs and hobbies are free text: they are split on commas, semicolons, slashes and new lines
 * and compared case-insensitively with spacing normalised ("  acm " = "ACM").
 */

export interface Profile {
  year: number | null;
  major: string[];
  minor: string[];
  clubs: string;
  hobbies: string;
  firstgen: boolean;
  transfer: boolean;
  international: boolean;
  commuter: boolean;
  outofstate: boolean;
}

export const WEIGHTS = {
  firstSharedMajor: 30,
  extraSharedMajor: 5,
  majorCap: 35,
  sharedMinor: 10,
  minorCap: 10,
  background: { firstgen: 15, transfer: 15, international: 12, commuter: 8, outofstate: 8 },
  backgroundCap: 30,
  sharedClub: 10,
  clubCap: 20,
  sharedHobby: 5,
  hobbyCap: 10,
  mentorAhead: 10,
  sameYearPenalty: 10,
} as const;

const BACKGROUND_KEYS = Object.keys(WEIGHTS.background) as (keyof typeof WEIGHTS.background)[];

const BACKGROUND_REASON: Record<keyof typeof WEIGHTS.background, string> = {
  firstgen: "Both first-generation students",
  transfer: "Both transfer students",
  international: "Both international students",
  commuter: "Both commuters",
  outofstate: "Both from out of state",
};

export interface Compatibility {
  score: number;
  reasons: string[];
}

const normalise = (value: string) => value.trim().replace(/\s+/g, " ").toLowerCase();

export function tokens(text: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const part of text.split(/[,;/\n]+/)) {
    const display = part.trim().replace(/\s+/g, " ");
    if (display) result.set(normalise(display), display);
  }
  return result;
}

const listTokens = (list: string[]) => new Map(list.filter((item) => item.trim()).map((item) => [normalise(item), item.trim()]));

const NON_ASCII = /[^\x00-\x7f]/;

/** The normalised items of a list, for membership only. */
function keySet(...lists: string[][]): Set<string> {
  const keys = new Set<string>();
  for (const list of lists) for (const item of list) if (item.trim()) keys.add(normalise(item));
  return keys;
}

/**
 * The items of a mentor's free text that the mentee also named, in the mentor's spelling. Ranking
 * thousands of mentors mostly meets texts that share nothing: a text whose normalised whole
 * contains none of the mentee's items cannot share one (every item, normalised, is a piece of the
 * normalised whole), so it is not split at all. Lower-casing a piece equals the piece of the
 * lower-cased whole for ASCII; other texts are always split.
 */
function sharedItems(text: string, menteeItems: Set<string>): string[] {
  if (menteeItems.size === 0) return [];
  if (!NON_ASCII.test(text)) {
    const whole = normalise(text);
    let possible = false;
    for (const item of menteeItems) if (whole.includes(item)) possible = true;
    if (!possible) return [];
  }
  const result: string[] = [];
  for (const [key, display] of tokens(text)) if (menteeItems.has(key)) result.push(display);
  return result;
}

/**
 * The scoring of one mentee, ready to be applied to many mentors: the mentee's side is parsed once
 * and each mentor's only as far as needed, so ranking 2,000 mentors takes a few milliseconds.
 */
export function scorerFor(mentee: Profile): (mentor: Profile) => Compatibility {
  const menteeMajors = listTokens(mentee.major);
  const menteeMinors = listTokens(mentee.minor);
  const menteeClubs = new Set(tokens(mentee.clubs).keys());
  const menteeHobbies = new Set(tokens(mentee.hobbies).keys());
  return (mentor) => scoreAgainst(mentee, menteeMajors, menteeMinors, menteeClubs, menteeHobbies, mentor);
}

export function compatibility(mentee: Profile, mentor: Profile): Compatibility {
  return scorerFor(mentee)(mentor);
}

function scoreAgainst(
  mentee: Profile,
  menteeMajors: Map<string, string>,
  menteeMinors: Map<string, string>,
  menteeClubs: Set<string>,
  menteeHobbies: Set<string>,
  mentor: Profile,
): Compatibility {
  // No closures here: this runs once per mentor for every suggestion list.
  const weighted: { points: number; reason: string }[] = [];

  // A major counts when the mentor studies it, as a major or a minor; reasons in the mentee's spelling.
  if (menteeMajors.size > 0) {
    const mentorStudies = keySet(mentor.minor, mentor.major);
    let majorPoints = 0;
    let index = 0;
    for (const [key, major] of menteeMajors) {
      if (!mentorStudies.has(key)) continue;
      const points = index++ === 0 ? WEIGHTS.firstSharedMajor : WEIGHTS.extraSharedMajor;
      const granted = Math.max(0, Math.min(points, WEIGHTS.majorCap - majorPoints));
      majorPoints += granted;
      weighted.push({ points: granted, reason: `Both study ${major}` });
    }
  }

  if (menteeMinors.size > 0) {
    const mentorMinors = keySet(mentor.minor);
    let minorPoints = 0;
    for (const [key, minor] of menteeMinors) {
      if (!mentorMinors.has(key)) continue;
      const points = Math.min(WEIGHTS.sharedMinor, WEIGHTS.minorCap - minorPoints);
      minorPoints += points;
      weighted.push({ points, reason: `Both minor in ${minor}` });
    }
  }

  let backgroundPoints = 0;
  for (const key of BACKGROUND_KEYS) {
    if (mentee[key] && mentor[key]) {
      const points = Math.min(WEIGHTS.background[key], WEIGHTS.backgroundCap - backgroundPoints);
      backgroundPoints += points;
      weighted.push({ points, reason: BACKGROUND_REASON[key] });
    }
  }

  let clubPoints = 0;
  for (const club of sharedItems(mentor.clubs, menteeClubs)) {
    const points = Math.min(WEIGHTS.sharedClub, WEIGHTS.clubCap - clubPoints);
    clubPoints += points;
    weighted.push({ points, reason: `Both in ${club}` });
  }

  let hobbyPoints = 0;
  for (const hobby of sharedItems(mentor.hobbies, menteeHobbies)) {
    const points = Math.min(WEIGHTS.sharedHobby, WEIGHTS.hobbyCap - hobbyPoints);
    hobbyPoints += points;
    weighted.push({ points, reason: `Both enjoy ${hobby}` });
  }

  if (mentee.year !== null && mentor.year !== null && mentor.year > mentee.year) {
    const gap = mentor.year - mentee.year;
    weighted.push({ points: WEIGHTS.mentorAhead, reason: `${gap} year${gap === 1 ? "" : "s"} further along at UCLA` });
  }

  let total = 0;
  for (const w of weighted) total += w.points;
  if (mentee.year !== null && mentor.year !== null && mentor.year === mentee.year) total = Math.max(0, total - WEIGHTS.sameYearPenalty);
  // Strongest reasons first; ties keep the order above (studies, background, clubs, hobbies, year):
  // Array.prototype.sort is stable.
  if (weighted.length > 1) weighted.sort(strongestFirst);
  const reasons: string[] = [];
  for (const w of weighted) reasons.push(w.reason);
  return { score: Math.min(100, total), reasons };
}

const strongestFirst = (a: { points: number }, b: { points: number }) => b.points - a.points;

/** A profile parsed once for score-only use: normalised keys, background as bits. */
interface ScoredSide {
  /** The mentee's majors and minors, in order, without duplicates. */
  majors: string[];
  minors: string[];
  /** What the profile studies: its majors and minors (the mentor's side of "a shared major"). */
  studies: Set<string>;
  minorKeys: Set<string>;
  clubs: Set<string>;
  hobbies: Set<string>;
  background: boolean[];
  year: number | null;
}

function scoredSide(profile: Profile): ScoredSide {
  return {
    majors: [...listTokens(profile.major).keys()],
    minors: [...listTokens(profile.minor).keys()],
    studies: keySet(profile.minor, profile.major),
    minorKeys: keySet(profile.minor),
    clubs: new Set(tokens(profile.clubs).keys()),
    hobbies: new Set(tokens(profile.hobbies).keys()),
    background: BACKGROUND_KEYS.map((key) => profile[key]),
    year: profile.year,
  };
}

function sharedCount(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let count = 0;
  for (const key of a) if (b.has(key)) count++;
  return count;
}

/** `points` per shared item, each granted only up to what is left of `cap` (as scoreAgainst grants them). */
function capped(count: number, first: number, more: number, cap: number): number {
  let total = 0;
  for (let k = 0; k < count; k++) total += Math.max(0, Math.min(k === 0 ? first : more, cap - total));
  return total;
}

/** The score of scoreAgainst, without its reasons: the same weights, caps and order of grants. */
function scoreOnly(mentee: ScoredSide, mentor: ScoredSide): number {
  let total = 0;
  let majors = 0;
  for (const key of mentee.majors) if (mentor.studies.has(key)) majors++;
  total += capped(majors, WEIGHTS.firstSharedMajor, WEIGHTS.extraSharedMajor, WEIGHTS.majorCap);
  let minors = 0;
  for (const key of mentee.minors) if (mentor.minorKeys.has(key)) minors++;
  total += capped(minors, WEIGHTS.sharedMinor, WEIGHTS.sharedMinor, WEIGHTS.minorCap);
  let background = 0;
  for (let k = 0; k < BACKGROUND_KEYS.length; k++) {
    if (mentee.background[k] && mentor.background[k]) background += Math.min(WEIGHTS.background[BACKGROUND_KEYS[k]!], WEIGHTS.backgroundCap - background);
  }
  total += background;
  total += capped(sharedCount(mentor.clubs, mentee.clubs), WEIGHTS.sharedClub, WEIGHTS.sharedClub, WEIGHTS.clubCap);
  total += capped(sharedCount(mentor.hobbies, mentee.hobbies), WEIGHTS.sharedHobby, WEIGHTS.sharedHobby, WEIGHTS.hobbyCap);
  if (mentee.year !== null && mentor.year !== null) {
    if (mentor.year > mentee.year) total += WEIGHTS.mentorAhead;
    else if (mentor.year === mentee.year) total = Math.max(0, total - WEIGHTS.sameYearPenalty);
  }
  return Math.min(100, total);
}

/**
 * Scores of many mentees against the same mentors, for the cohort's n × m matrix (issue 14): each
 * mentor is parsed once instead of once per pair, and no reasons are built, so 20 million pairs
 * take seconds instead of most of a minute. Gives exactly `compatibility(mentee, mentor).score`
 * (score.test.ts compares them on thousands of random profiles); the reasons of the pairs finally
 * chosen come from `compatibility`.
 */
export function matrixScorer(mentors: readonly Profile[]): (mentee: Profile, out: Int8Array | number[], offset: number) => void {
  const sides = mentors.map(scoredSide);
  return (mentee, out, offset) => {
    const side = scoredSide(mentee);
    for (let j = 0; j < sides.length; j++) out[offset + j] = scoreOnly(side, sides[j]!);
  };
}
