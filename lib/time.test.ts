import { describe, expect, it } from "vitest";
import { CAMPUS_TIME_ZONE, formatMessageTime, formatMoment, relativeTime } from "./time";

// 2026-05-14 22:04 UTC: 3:04 PM in Los Angeles (PDT), 7:04 AM on May 15 in Tokyo.
const moment = new Date("2026-05-14T22:04:00Z");

describe("formatMoment", () => {
  it("writes the moment in the time zone asked for, with the zone's name", () => {
    expect(formatMoment(moment, { timeZone: CAMPUS_TIME_ZONE })).toBe("Thursday, May 14, 2026 at 3:04 PM PDT");
    expect(formatMoment(moment, { timeZone: "Asia/Tokyo" })).toBe("Friday, May 15, 2026 at 7:04 AM GMT+9");
  });

  it("has shorter styles", () => {
    expect(formatMoment(moment, { style: "dateTime", timeZone: CAMPUS_TIME_ZONE })).toBe("May 14, 2026, 3:04 PM PDT");
    expect(formatMoment(moment, { style: "date", timeZone: "Asia/Tokyo" })).toBe("May 15, 2026");
    expect(formatMoment(moment, { style: "time", timeZone: "UTC" })).toBe("10:04 PM");
  });

  it("follows daylight saving time", () => {
    expect(formatMoment(new Date("2026-12-01T20:00:00Z"), { style: "dateTime", timeZone: CAMPUS_TIME_ZONE })).toBe("Dec 1, 2026, 12:00 PM PST");
  });
});

describe("formatMessageTime", () => {
  it("shows only the time for a message of the reader's today", () => {
    expect(formatMessageTime(moment, { now: new Date("2026-05-14T23:00:00Z"), timeZone: CAMPUS_TIME_ZONE })).toBe("3:04 PM");
  });

  it("judges 'today' in the reader's time zone, not UTC", () => {
    // 23:00 UTC on the 14th is already the 15th in Tokyo, the same day as the message there.
    expect(formatMessageTime(moment, { now: new Date("2026-05-15T01:00:00Z"), timeZone: "Asia/Tokyo" })).toBe("7:04 AM");
    // …and in Los Angeles the message (the 14th) is from yesterday once it is the 15th there.
    expect(formatMessageTime(moment, { now: new Date("2026-05-15T08:00:00Z"), timeZone: CAMPUS_TIME_ZONE })).toBe("May 14, 3:04 PM");
  });

  it("adds the year for a message of another year", () => {
    expect(formatMessageTime(moment, { now: new Date("2027-01-02T00:00:00Z"), timeZone: CAMPUS_TIME_ZONE })).toBe("May 14, 2026, 3:04 PM");
  });
});

describe("relativeTime", () => {
  const now = new Date("2026-05-14T12:00:00Z");
  const plus = (seconds: number) => new Date(now.getTime() + seconds * 1000);

  it.each([
    [10, "now"],
    [-30, "now"],
    [-5 * 60, "5 minutes ago"],
    [40 * 60, "in 40 minutes"],
    [50 * 60, "in 1 hour"],
    [-3 * 3600, "3 hours ago"],
    [2 * 86_400, "in 2 days"],
    [86_400, "tomorrow"],
    [-86_400, "yesterday"],
    [72 * 3600 - 60, "in 3 days"],
    [40 * 86_400, "next month"],
    [-90 * 86_400, "3 months ago"],
    [-400 * 86_400, "last year"],
  ])("%i seconds away is %s", (seconds, words) => {
    expect(relativeTime(plus(seconds), now)).toBe(words);
  });
});
