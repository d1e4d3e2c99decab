"use client";

import { useSyncExternalStore } from "react";
import { CAMPUS_TIME_ZONE, formatMessageTime, formatMoment, relativeTime, type MomentStyle } from "@/lib/time";

/** Re-renders once a minute, so "5 minutes ago" keeps up while a page stays open. */
function everyMinute(onTick: () => void) {
  const timer = setInterval(onTick, 60_000);
  return () => clearInterval(timer);
}
const thisMinute = () => Math.floor(Date.now() / 60_000);
const onTheServer = () => null;

interface LocalTimeProps {
  /** The moment, as an ISO string (what a server component can hand to a client one). */
  iso: string;
  /** How much to write (lib/time.ts); "message" = a chat message's "3:04 PM" or "May 14, 3:04 PM". */
  style?: MomentStyle | "message";
  /** Add the distance in words after the time: "May 14, 2026 (in 2 days)". */
  relative?: boolean;
  className?: string;
}

/**
 * A moment in the reader's own time zone, e.g. "Thursday, May 14, 2026 at 3:04 PM PDT (in 2 days)",
 * with the exact instant in `dateTime`. The server cannot know the reader's zone, so the HTML it
 * renders says UCLA's time (America/Los_Angeles) without the relative part; once hydrated the
 * browser writes its own zone and "in 2 days" (the server snapshot keeps hydration consistent).
 */
export function LocalTime({ iso, style = "full", relative = false, className }: LocalTimeProps) {
  const minute = useSyncExternalStore(everyMinute, thisMinute, onTheServer);
  const date = new Date(iso);
  const inBrowser = minute !== null;
  const timeZone = inBrowser ? undefined : CAMPUS_TIME_ZONE;
  // The minute only makes the component re-render; the distance is measured from the real clock.
  // From the start of the minute, a moment later in the same minute read "in 1 minute".
  const now = inBrowser ? new Date() : undefined;
  const text = style === "message" ? formatMessageTime(date, { now, timeZone }) : formatMoment(date, { style, timeZone });
  return (
    <time dateTime={iso} className={className}>
      {text}
      {relative && now && ` (${relativeTime(date, now)})`}
    </time>
  );
}
