/**
 * How the app writes a moment for people (issue 12: times were shown in UTC). Plain Intl, no date
 * library: Intl.DateTimeFormat knows every IANA time zone and Intl.RelativeTimeFormat says "in 2
 * days" and "5 minutes ago". The server does not know the reader's time zone, so what it renders is
 * in UCLA's (`CAMPUS_TIME_ZONE`); components/local-time.tsx switches to the reader's own in the
 * browser.
 */

/** UCLA's time zone: what a page says before the browser has said where the reader is. */
export const CAMPUS_TIME_ZONE = "America/Los_Angeles";

export type MomentStyle = "full" | "dateTime" | "date" | "time";

const STYLES: Record<MomentStyle, Intl.DateTimeFormatOptions> = {
  // Thursday, May 14, 2026 at 3:04 PM PDT
  full: { weekday: "long", month: "long", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" },
  // May 14, 2026, 3:04 PM PDT
  dateTime: { month: "short", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" },
  // May 14, 2026
  date: { month: "short", day: "numeric", year: "numeric" },
  // 3:04 PM
  time: { hour: "numeric", minute: "2-digit" },
};

/** `date` written in `style` as seen in `timeZone` (an IANA name; undefined = the runtime's own zone). */
export function formatMoment(date: Date, { style = "full", timeZone }: { style?: MomentStyle; timeZone?: string } = {}): string {
  return new Intl.DateTimeFormat("en-US", { ...STYLES[style], timeZone }).format(date);
}

/** The calendar day of `date` in `timeZone`, e.g. "2026-05-14": equal days, equal strings. */
function dayIn(date: Date, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone }).format(date);
}

/**
 * A chat message's time: "3:04 PM" today, "May 14, 3:04 PM" on another day of this year, with the
 * year before that. "Today" is the reader's today, in `timeZone`.
 */
export function formatMessageTime(date: Date, { now = new Date(), timeZone }: { now?: Date; timeZone?: string } = {}): string {
  if (dayIn(date, timeZone) === dayIn(now, timeZone)) return formatMoment(date, { style: "time", timeZone });
  const sameYear = dayIn(date, timeZone).slice(0, 4) === dayIn(now, timeZone).slice(0, 4);
  return new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: sameYear ? undefined : "numeric", hour: "numeric", minute: "2-digit", timeZone }).format(date);
}

const UNITS: { unit: Intl.RelativeTimeFormatUnit; seconds: number; upTo: number }[] = [
  // Each unit is used while the distance is below `upTo` seconds, like most products do:
  // 44 seconds is "now", 50 minutes "in 1 hour", 23 hours "tomorrow", 40 days "next month".
  { unit: "second", seconds: 1, upTo: 45 },
  { unit: "minute", seconds: 60, upTo: 45 * 60 },
  { unit: "hour", seconds: 3600, upTo: 22 * 3600 },
  { unit: "day", seconds: 86_400, upTo: 26 * 86_400 },
  { unit: "month", seconds: 30 * 86_400, upTo: 320 * 86_400 },
  { unit: "year", seconds: 365 * 86_400, upTo: Number.POSITIVE_INFINITY },
];

/** "in 2 days", "5 minutes ago", "now", "tomorrow": the distance from `now` to `date` in words. */
export function relativeTime(date: Date, now: Date = new Date()): string {
  const format = new Intl.RelativeTimeFormat("en-US", { numeric: "auto" });
  const seconds = (date.getTime() - now.getTime()) / 1000;
  const distance = Math.abs(seconds);
  if (distance < 45) return format.format(0, "second");
  const { unit, seconds: size } = UNITS.find((entry) => distance < entry.upTo) ?? UNITS[UNITS.length - 1]!;
  return format.format(Math.round(seconds / size), unit);
}
