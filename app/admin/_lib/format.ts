/**
 * How the console writes dates, counts and rates. Moments shown on their own use
 * components/local-time.tsx (the reader's own time zone); a date inside a sentence of text (an
 * audit entry's details) is written here, on the server, in UCLA's time zone with the zone's name.
 */
import { BACKGROUND_FLAGS, YEARS } from "@/lib/users/profile-schemas";

const TIME_ZONE = "America/Los_Angeles";
const dateFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: TIME_ZONE });
const dateTimeFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit", timeZone: TIME_ZONE, timeZoneName: "short" });
// A week label is a calendar date (the Monday), not an instant: written in UTC so it stays that day.
const weekFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const weekLongFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });

const parse = (value: string | Date) => (typeof value === "string" ? new Date(value) : value);

export const formatDate = (value: string | Date) => dateFormat.format(parse(value));
export const formatDateTime = (value: string | Date) => dateTimeFormat.format(parse(value));

/** "Nov 24" for the ISO week starting on that Monday ("2026-11-24"); the text itself if it is not a date. */
export function formatWeek(week: string, { long = false } = {}): string {
  const date = new Date(`${week}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return week;
  return (long ? weekLongFormat : weekFormat).format(date);
}

export const formatCount = (count: number) => count.toLocaleString("en-US");
export const plural = (count: number, one: string, many: string) => `${formatCount(count)} ${count === 1 ? one : many}`;

/** A share as a whole percentage; null when there is nothing to divide by (shown as "—", not "0%"). */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 100) : null;
}

/** The survey's words for a year ("3rd year"); "Not given" for mentees who have not said. */
export function yearName(year: string | number | null): string {
  const value = typeof year === "string" ? Number.parseInt(year, 10) : year;
  return YEARS.find((entry) => entry.value === value)?.label ?? "Not given";
}

/** Short labels for the five background flags, in the survey's order. */
export const BACKGROUND_NAMES: Record<(typeof BACKGROUND_FLAGS)[number]["key"], string> = {
  firstgen: "First-generation",
  transfer: "Transfer",
  international: "International",
  commuter: "Commuter",
  outofstate: "Out-of-state",
};
