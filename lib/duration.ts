/** Durations in words (deletion pages, emails, API notes). Pure, so the server and the browser share it. */

const list = new Intl.ListFormat("en", { style: "long", type: "conjunction" });

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? "" : "s"}`;

/** The parts of a number of seconds: days, hours, minutes and seconds. */
export function durationParts(totalSeconds: number) {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  return {
    days: Math.floor(seconds / 86_400),
    hours: Math.floor((seconds % 86_400) / 3_600),
    minutes: Math.floor((seconds % 3_600) / 60),
    seconds: seconds % 60,
  };
}

/**
 * A grace period setting (hours, possibly fractional) as people say it: 72 → "72 hours",
 * 0.01 → "36 seconds", 1.5 → "1 hour and 30 minutes". Hours are not turned into days because the
 * setting is documented in hours.
 */
export function hoursInWords(hours: number): string {
  const total = Math.max(1, Math.round(hours * 3_600));
  const parts = [
    [Math.floor(total / 3_600), "hour"],
    [Math.floor((total % 3_600) / 60), "minute"],
    [total % 60, "second"],
  ] as const;
  return list.format(parts.filter(([count]) => count > 0).map(([count, unit]) => plural(count, unit)));
}

/** A countdown in words for screen readers: "2 days, 3 hours, 0 minutes, and 5 seconds". */
export function remainingInWords(totalSeconds: number): string {
  const { days, hours, minutes, seconds } = durationParts(totalSeconds);
  const parts = [plural(hours, "hour"), plural(minutes, "minute"), plural(seconds, "second")];
  return list.format(days > 0 ? [plural(days, "day"), ...parts] : parts);
}
