/**
 * How guessable a new password is, by @zxcvbn-ts (a maintained port of Dropbox's zxcvbn: ~30,000
 * common passwords, English words and names, keyboard patterns, dates, repeats and l33t speak)
 * instead of a hand-kept list. NIST SP 800-63B: at least PASSWORD_MIN characters, refuse what is
 * on a blocklist or easy to guess, and no composition rules (no "one digit, one symbol").
 *
 * The rule: a new password is refused when the estimator's score is below MIN_PASSWORD_SCORE (3 of
 * 0–4, "safely unguessable: moderate protection from an offline slow-hash attack", ~10^8 guesses;
 * our hashes are bcrypt). The student's own email, its name part and the app's names count as
 * dictionary words, so "jdoe2026" is weak for jdoe@ucla.edu and "bruinbridge1" for everyone.
 *
 * The same function runs on the server (register, reset, change password, create-admin: the last
 * word) and in the browser, where it shows the estimator's feedback while the student types. The
 * estimator and its dictionaries (~400 kB gzip) are loaded by dynamic import() on first use, so
 * they never count toward a page's first-load JS (README, "First-load JS budget"). This module
 * itself is tiny and zod-free.
 */
import type { ZxcvbnFactory } from "@zxcvbn-ts/core";

export const MIN_PASSWORD_SCORE = 3;

/** Words every BruinBridge student might build a password from. */
const SITE_WORDS = ["bruinbridge", "bruin", "bruins", "gobruins", "joebruin", "josiebruin", "ucla", "westwood", "royce", "mentor", "mentee", "mentorship"];

export interface PasswordVerdict {
  /** 0 (too guessable) … 4 (very unguessable). */
  score: 0 | 1 | 2 | 3 | 4;
  acceptable: boolean;
  /** The estimator's warning ("This is a commonly used password."), if any. */
  warning: string | null;
  /** The estimator's suggestions ("Add more words that are less common."). */
  suggestions: string[];
}

let estimator: Promise<ZxcvbnFactory> | undefined;

/** The estimator with its common and English dictionaries, loaded once (lazily) per process or page. */
export function loadPasswordEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= Promise.all([import("@zxcvbn-ts/core"), import("@zxcvbn-ts/language-common"), import("@zxcvbn-ts/language-en")])
    .then(
      ([core, common, en]) =>
        new core.ZxcvbnFactory({
          dictionary: { ...common.dictionary, ...en.dictionary },
          graphs: common.adjacencyGraphs,
          translations: en.translations,
        }),
    )
    .catch((error: unknown) => {
      estimator = undefined; // e.g. a chunk that failed to load in the browser: try again next time
      throw error;
    });
  return estimator;
}

/** The personal words a password must not lean on: the email, its name part (split on . _ - +) and any names. */
export function passwordUserInputs(email?: string | null, ...names: (string | null | undefined)[]): string[] {
  const words = new Set(SITE_WORDS);
  const address = email?.trim().toLowerCase();
  if (address) {
    words.add(address);
    const local = address.split("@")[0] ?? "";
    if (local) words.add(local);
    for (const part of local.split(/[._+-]+/)) if (part.length >= 3) words.add(part);
  }
  for (const name of names) {
    const value = name?.trim().toLowerCase();
    if (value) words.add(value);
  }
  return [...words];
}

/** The estimator's verdict on a password (the length rules are checked by the schemas beforehand). */
export function judgePassword(zxcvbn: ZxcvbnFactory, password: string, userInputs: string[] = passwordUserInputs()): PasswordVerdict {
  const result = zxcvbn.check(password, userInputs);
  return {
    score: result.score,
    acceptable: result.score >= MIN_PASSWORD_SCORE,
    warning: result.feedback.warning || null,
    suggestions: result.feedback.suggestions,
  };
}

/** The field error of a refused password: what is wrong and how to do better, in one message. */
export function weakPasswordMessage(verdict: PasswordVerdict): string {
  const hints = [verdict.warning, ...verdict.suggestions].filter((text): text is string => Boolean(text));
  const how = hints.length > 0 ? hints.join(" ") : "Add another word or two that are not about you.";
  return `This password is too easy to guess. ${how}`;
}

/** The whole check in one call, for the server: the verdict of a password for an account. */
export async function checkPasswordStrength(password: string, userInputs: string[]): Promise<PasswordVerdict> {
  return judgePassword(await loadPasswordEstimator(), password, userInputs);
}
