"use client";

import { useSyncExternalStore } from "react";

/** UCLA's time zone, for the HTML the server renders before the browser knows the reader's. */
const SERVER_TIME_ZONE = "America/Los_Angeles";

const noSubscription = () => () => {};

function format(date: Date, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat("en-US", {
    weekday: "long",
    month: "long",
    day: "numeric",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
    timeZone,
  }).format(date);
}

/**
 * A moment for people ("Thursday, May 14, 2026 at 3:04 PM PDT") with the exact ISO time in
 * `dateTime`. The server renders it in Los Angeles time; once hydrated it shows the reader's own
 * time zone (the server snapshot keeps hydration consistent).
 */
export function LocalTime({ iso, className }: { iso: string; className?: string }) {
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  return (
    <time dateTime={iso} className={className}>
      {format(new Date(iso), inBrowser ? undefined : SERVER_TIME_ZONE)}
    </time>
  );
}
