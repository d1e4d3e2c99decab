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
 *
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
} as const;

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

/** Items of `mine` that also appear in `theirs`, in `mine`'s spelling. */
function shared(mine: Iterable<[string, string]>, theirs: Map<string, string>): string[] {
  return [...mine].filter(([key]) => theirs.has(key)).map(([, display]) => display);
}

const listTokens = (list: string[]) => new Map(list.filter((item) => item.trim()).map((item) => [normalise(item), item.trim()]));

export function compatibility(mentee: Profile, mentor: Profile): Compatibility {
  const weighted: { points: number; reason: string }[] = [];
  const add = (points: number, reason: string) => weighted.push({ points, reason });

  const mentorStudies = new Map([...listTokens(mentor.minor), ...listTokens(mentor.major)]);
  const majors = shared(listTokens(mentee.major), mentorStudies);
  majors.forEach((major, index) => {
    const points = index === 0 ? WEIGHTS.firstSharedMajor : WEIGHTS.extraSharedMajor;
    const room = WEIGHTS.majorCap - weighted.reduce((sum, w) => sum + w.points, 0);
    add(Math.max(0, Math.min(points, room)), `Both study ${major}`);
  });

  let minorPoints = 0;
  for (const minor of shared(listTokens(mentee.minor), listTokens(mentor.minor))) {
    const points = Math.min(WEIGHTS.sharedMinor, WEIGHTS.minorCap - minorPoints);
    minorPoints += points;
    add(points, `Both minor in ${minor}`);
  }

  let backgroundPoints = 0;
  for (const key of Object.keys(WEIGHTS.background) as (keyof typeof WEIGHTS.background)[]) {
    if (mentee[key] && mentor[key]) {
      const points = Math.min(WEIGHTS.background[key], WEIGHTS.backgroundCap - backgroundPoints);
      backgroundPoints += points;
      add(points, BACKGROUND_REASON[key]);
    }
  }

  let clubPoints = 0;
  for (const club of shared(tokens(mentor.clubs), tokens(mentee.clubs))) {
    const points = Math.min(WEIGHTS.sharedClub, WEIGHTS.clubCap - clubPoints);
    clubPoints += points;
    add(points, `Both in ${club}`);
  }

  let hobbyPoints = 0;
  for (const hobby of shared(tokens(mentor.hobbies), tokens(mentee.hobbies))) {
    const points = Math.min(WEIGHTS.sharedHobby, WEIGHTS.hobbyCap - hobbyPoints);
    hobbyPoints += points;
    add(points, `Both enjoy ${hobby}`);
  }

  if (mentee.year !== null && mentor.year !== null && mentor.year > mentee.year) {
    const gap = mentor.year - mentee.year;
    add(WEIGHTS.mentorAhead, `${gap} year${gap === 1 ? "" : "s"} further along at UCLA`);
  }

  const score = Math.min(100, weighted.reduce((sum, w) => sum + w.points, 0));
  // Strongest reasons first; ties keep the order above (studies, background, clubs, hobbies, year).
  const reasons = weighted
    .map((w, index) => ({ ...w, index }))
    .sort((a, b) => b.points - a.points || a.index - b.index)
    .map((w) => w.reason);
  return { score, reasons };
}
