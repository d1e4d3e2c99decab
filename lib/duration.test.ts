import { describe, expect, it } from "vitest";
import { durationParts, hoursInWords, remainingInWords } from "./duration";

describe("hoursInWords", () => {
  it("says whole hours as hours, the way the setting is documented", () => {
    expect(hoursInWords(72)).toBe("72 hours");
    expect(hoursInWords(1)).toBe("1 hour");
  });

  it("spells out fractional hours in smaller units", () => {
    expect(hoursInWords(0.01)).toBe("36 seconds");
    expect(hoursInWords(0.5)).toBe("30 minutes");
    expect(hoursInWords(1.5)).toBe("1 hour and 30 minutes");
    expect(hoursInWords(1 + 1 / 60 + 1 / 3600)).toBe("1 hour, 1 minute, and 1 second");
  });

  it("never says zero", () => {
    expect(hoursInWords(0.0000001)).toBe("1 second");
  });
});

describe("durationParts and remainingInWords", () => {
  it("splits seconds into days, hours, minutes and seconds", () => {
    expect(durationParts(2 * 86_400 + 3 * 3_600 + 5)).toEqual({ days: 2, hours: 3, minutes: 0, seconds: 5 });
    expect(durationParts(-4)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0 });
    expect(remainingInWords(2 * 86_400 + 3 * 3_600 + 5)).toBe("2 days, 3 hours, 0 minutes, and 5 seconds");
    expect(remainingInWords(61)).toBe("0 hours, 1 minute, and 1 second");
  });
});
